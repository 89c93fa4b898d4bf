# Reference values for the diagnostic plot tests (BcgDiagnostics.cs), from metafor 3.8-1 and metadat's
# dat.bcg (Colditz et al. 1994). Run: Rscript bcg-diagnostics.R > /tmp/bcg.txt, and paste the numbers.
suppressMessages(library(metafor))
pdf(NULL)
num <- function(x) formatC(x, digits = 17, format = "g")
show <- function(name, x) cat(name, ": ", paste(num(x), collapse = ", "), "\n", sep = "")
slab <- paste(dat.bcg$author, dat.bcg$year, sep = ", ")

# Random-effects model (REML), log risk ratio.
res <- rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, slab = slab)
show("yi", res$yi); show("vi", res$vi); show("estimate", coef(res)); show("tau2", res$tau2); show("QE", res$QE)
b <- baujat(res); show("baujat(res)$x", b$x); show("baujat(res)$y", b$y)
r <- radial(res); show("radial(res)$x", r$x); show("radial(res)$y", r$y)
for (measure in c("RR", "OR", "RD")) {
  fit <- rma(measure = measure, ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, slab = slab)
  l <- labbe(fit, transf = if (measure == "RD") NULL else exp)
  show(paste0("labbe(", measure, ")$x"), l$x); show(paste0("labbe(", measure, ")$y"), l$y)
  show(paste0("estimate ", measure), coef(fit))
}
inf <- influence(res)$inf
for (col in c("rstudent", "dffits", "cook.d", "cov.r", "tau2.del", "QE.del", "hat", "weight")) show(paste0("influence(res) ", col), inf[[col]])

# Fixed-effect model: the influence diagnostics flag studies 4, 6 and 8.
fe <- rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg, slab = slab, method = "FE")
show("FE estimate", coef(fe)); show("FE QE", fe$QE)
infl <- influence(fe)
for (col in c("rstudent", "dffits", "cook.d", "cov.r", "tau2.del", "QE.del", "hat", "weight")) show(paste0("influence(fe) ", col), infl$inf[[col]])
show("influence(fe) is.infl", which(infl$is.infl))
fb <- baujat(fe); show("baujat(fe)$x", fb$x); show("baujat(fe)$y", fb$y)

# Meta-regression on absolute latitude (REML): the bubble plot's line and band.
reg <- rma(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, mods = ~ ablat, data = dat.bcg, slab = slab)
show("reg coef", coef(reg)); show("reg vcov", vcov(reg)); show("reg tau2", reg$tau2)
p <- predict(reg, newmods = c(10, 30, 50)); show("predict pred", p$pred); show("predict ci.lb", p$ci.lb); show("predict ci.ub", p$ci.ub)
show("weights(reg)", weights(reg))

# GOSH of the fixed-effect model: all 8191 subsets.
g <- gosh(fe)
show("gosh n", nrow(g$res)); show("gosh mean estimate", mean(g$res$estimate)); show("gosh mean I2", mean(g$res$I2))
show("gosh range estimate", range(g$res$estimate)); show("gosh range I2", range(g$res$I2))
