# Reference values for the diagnostic plot tests, from metafor 3.8-1 and metadat: dat.bcg (Colditz et al. 1994)
# for BcgDiagnostics.cs, dat.nielweise2007 for Nielweise2007.cs, dat.cohen1981 for GoshPlotTests.cs.
# Run: Rscript diagnostics-reference.R > /tmp/reference.txt (about two minutes: the last GOSH fits 2^20 models),
# and paste the numbers.
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

# Nielweise 2007 (catheter-related infections; zero cells and a double-zero study): L'Abbé points, arm by arm
# corrected, and the study variances (0.5 added to the four cells of studies with a zero cell).
for (measure in c("RR", "OR", "RD")) {
  fit <- rma(measure = measure, ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.nielweise2007)
  l <- labbe(fit, transf = if (measure == "RD") NULL else exp)
  show(paste0("nielweise labbe(", measure, ")$x"), l$x); show(paste0("nielweise labbe(", measure, ")$y"), l$y)
  show(paste0("nielweise estimate ", measure), coef(fit)); show(paste0("nielweise vi ", measure), fit$vi)
}

# Cohen 1981 (validity of student ratings, ZCOR): GOSH of the fixed-effect model over all 2^20 - 1 subsets.
co <- rma(yi, vi, data = escalc(measure = "ZCOR", ri = ri, ni = ni, data = dat.cohen1981), method = "FE")
gc <- gosh(co, subsets = 2^20, progbar = FALSE)
show("cohen gosh n", nrow(gc$res)); show("cohen gosh mean estimate", mean(gc$res$estimate))
show("cohen gosh mean I2", mean(gc$res$I2)); show("cohen gosh range I2", range(gc$res$I2))
