#!/usr/bin/env Rscript
# Regenerates the sensitivity and small-study fixtures in
# tests/MetaReview.Statistics.Tests/Fixtures/sensitivity/ from metafor (leave1out, cumul, influence, baujat,
# gosh, regtest, ranktest, trimfill, fsn) on real datasets from metadat.
#
#   Rscript tools/reference/sensitivity.R            (from the repository root; the GOSH fits take a few minutes)
#
# Needs R with metafor and metadat (Debian: apt-get install -y r-base-core r-cran-metafor r-cran-metadat).
# Every value is written with 17 significant digits next to the R expression that produced it. Models are fitted
# with control=list(threshold=1e-12, tol=1e-12, maxiter=10000) (tol: uniroot, for PM) so that iterative estimates are converged far below the
# tolerance of the tests.
#
# Two tests have no metafor function and are computed here with base R's lm() from the published definitions:
#   * Peters et al. (2006, JAMA 295:676): lm(yi ~ I(1/ni), weights = 1/(1/(ai+ci) + 1/(bi+di))), test of the slope;
#   * Harbord et al. (2006, Stat Med 25:3443): Z = ai - (ai+ci)*n1i/ni, V = n1i*n2i*(ai+ci)*(bi+di)/(ni^2*(ni-1)),
#     lm(Z/sqrt(V) ~ sqrt(V)), test of the intercept.

suppressPackageStartupMessages({
  library(metafor)
})

out_dir <- file.path("tests", "MetaReview.Statistics.Tests", "Fixtures", "sensitivity")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
ctrl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)

source(file.path("tools", "reference", "fixture-json.R"))

# ---- one analysis --------------------------------------------------------------------------------------------

analysis <- function(name, kind, setup, values, method = "REML", test = "z", extra = list()) {
  fields <- c(list(
    name = str_(name),
    kind = str_(kind),
    method = str_(method),
    test = str_(test)),
    extra,
    list(call = str_(setup),
         values = obj(values, "      ")))
  obj(fields, "    ")
}

fit_call <- function(method, test) {
  sprintf("res <- rma(yi, vi, data=dat, method=\"%s\", test=\"%s\", control=ctrl)", method, test)
}

list_values <- function(x, prefix) {
  # leave1out() and cumul() objects: one vector per statistic.
  stat <- if (!is.null(x$zval)) "zval" else "tval"
  v <- list(
    Estimate = val(paste0(prefix, "$estimate"), x$estimate),
    StandardError = val(paste0(prefix, "$se"), x$se),
    Statistic = val(paste0(prefix, "$", stat), x[[stat]]),
    PValue = val(paste0(prefix, "$pval"), x$pval),
    CiLower = val(paste0(prefix, "$ci.lb"), x$ci.lb),
    CiUpper = val(paste0(prefix, "$ci.ub"), x$ci.ub),
    Q = val(paste0(prefix, "$Q"), x$Q),
    QP = val(paste0(prefix, "$Qp"), x$Qp),
    I2 = val(paste0(prefix, "$I2"), x$I2),
    H2 = val(paste0(prefix, "$H2"), x$H2))
  if (!is.null(x$tau2)) v$Tau2 <- val(paste0(prefix, "$tau2"), x$tau2)
  v
}

sensitivity_analyses <- function(dat, methods, tests = c("z"), order_by = NULL) {
  out <- character(0)
  for (method in methods) for (test in tests) {
    setup <- fit_call(method, test)
    res <- rma(yi, vi, data = dat, method = method, test = test, control = ctrl)
    tag <- paste(method, test)

    l1 <- leave1out(res)
    # Where metafor's Fisher scoring diverges (it oscillates for the magnesium trials without Feldstedt 1988), the
    # row is NA; refit it with metafor's remedy, step halving (stepadj=0.5), and say so beside the values.
    failed <- which(is.na(l1$estimate))
    note <- ""
    for (i in failed) {
      r <- rma(yi, vi, data = dat[-i, ], method = method, test = test, control = c(ctrl, stepadj = 0.5))
      stat <- if (!is.null(l1$zval)) "zval" else "tval"
      l1$estimate[i] <- r$beta[1]; l1$se[i] <- r$se; l1[[stat]][i] <- r$zval; l1$pval[i] <- r$pval
      l1$ci.lb[i] <- r$ci.lb; l1$ci.ub[i] <- r$ci.ub; l1$Q[i] <- r$QE; l1$Qp[i] <- r$QEp
      l1$tau2[i] <- r$tau2; l1$I2[i] <- r$I2; l1$H2[i] <- r$H2
      note <- paste0(note, sprintf("; row %d: rma(yi, vi, data=dat[-%d,], method=\"%s\", test=\"%s\", control=c(ctrl, stepadj=0.5))",
                                   i, i, method, test))
    }
    out <- c(out, analysis(paste("leave1out", tag), "leave1out", paste0(setup, " ; l1 <- leave1out(res)", note),
                           list_values(l1, "l1"), method, test))

    cu <- cumul(res)
    out <- c(out, analysis(paste("cumul", tag), "cumul", paste(setup, "; cu <- cumul(res)"),
                           c(list(Order = val("seq_len(res$k)", seq_len(res$k))), list_values(cu, "cu")), method, test))
    if (!is.null(order_by)) {
      ord <- dat[[order_by]]
      cu <- cumul(res, order = ord)
      out <- c(out, analysis(paste("cumul by", order_by, tag), "cumul",
                             sprintf("%s ; cu <- cumul(res, order=dat$%s)", setup, order_by),
                             c(list(Order = val(sprintf("order(dat$%s)", order_by), order(ord)),
                                    OrderBy = val(sprintf("dat$%s", order_by), ord)),
                               list_values(cu, "cu")), method, test))
    }

    inf <- influence(res)
    v <- list(
      RStudent = val("inf$inf$rstudent", inf$inf$rstudent),
      Dffits = val("inf$inf$dffits", inf$inf$dffits),
      CookD = val("inf$inf$cook.d", inf$inf$cook.d),
      CovR = val("inf$inf$cov.r", inf$inf$cov.r),
      Tau2Del = val("inf$inf$tau2.del", inf$inf$tau2.del),
      QeDel = val("inf$inf$QE.del", inf$inf$QE.del),
      Hat = val("inf$inf$hat", inf$inf$hat),
      WeightPercent = val("inf$inf$weight", inf$inf$weight),
      Dfbetas = val("inf$dfbs$intrcpt", inf$dfbs$intrcpt),
      Influential = val("inf$inf$inf == \"*\"", inf$is.infl))
    out <- c(out, analysis(paste("influence", tag), "influence", paste(setup, "; inf <- influence(res)"), v, method, test))

    b <- baujat(res)
    out <- c(out, analysis(paste("baujat", tag), "baujat", paste(setup, "; b <- baujat(res)"),
                           list(X = val("b$x", b$x), Y = val("b$y", b$y)), method, test))
  }
  out
}

# GOSH: metafor lists the subsets by size; the fixture keeps the number of fits, sums over all subsets (which do not
# depend on the order) and a few single subsets with their membership.
gosh_analysis <- function(dat, method, rows) {
  setup <- sprintf("res <- rma(yi, vi, data=dat, method=\"%s\", control=ctrl); g <- gosh(res, progbar=FALSE)", method)
  res <- rma(yi, vi, data = dat, method = method, control = ctrl)
  g <- gosh(res, progbar = FALSE)
  v <- list(
    Count = val("nrow(g$res)", nrow(g$res)),
    SumK = val("sum(g$res$k)", sum(g$res$k)),
    SumEstimate = val("sum(g$res$estimate)", sum(g$res$estimate)),
    SumTau2 = val("sum(g$res$tau2)", sum(g$res$tau2)),
    SumI2 = val("sum(g$res$I2)", sum(g$res$I2)),
    SumQ = val("sum(g$res$QE)", sum(g$res$QE)),
    MaxTau2 = val("max(g$res$tau2)", max(g$res$tau2)),
    MinEstimate = val("min(g$res$estimate)", min(g$res$estimate)),
    MaxEstimate = val("max(g$res$estimate)", max(g$res$estimate)))
  for (r in rows) {
    v[[sprintf("Subset%d.Incl", r)]] <- val(sprintf("as.numeric(g$incl[%d,])", r), as.numeric(g$incl[r, ]))
    v[[sprintf("Subset%d.K", r)]] <- val(sprintf("g$res$k[%d]", r), g$res$k[r])
    v[[sprintf("Subset%d.Estimate", r)]] <- val(sprintf("g$res$estimate[%d]", r), g$res$estimate[r])
    v[[sprintf("Subset%d.Tau2", r)]] <- val(sprintf("g$res$tau2[%d]", r), g$res$tau2[r])
    v[[sprintf("Subset%d.I2", r)]] <- val(sprintf("g$res$I2[%d]", r), g$res$I2[r])
    v[[sprintf("Subset%d.Q", r)]] <- val(sprintf("g$res$QE[%d]", r), g$res$QE[r])
  }
  analysis(paste("gosh", method), "gosh", setup, v, method, "z", list(rows = nums(rows)))
}

# ---- small-study effects -------------------------------------------------------------------------------------

regtest_values <- function(rt, prefix = "rt") {
  v <- list(
    Statistic = val(paste0(prefix, "$zval"), rt$zval),
    PValue = val(paste0(prefix, "$pval"), rt$pval),
    Df = val(paste0(prefix, "$dfs"), if (is.null(rt$dfs)) NA else rt$dfs))
  if (!is.null(rt$est)) {
    v$LimitEstimate <- val(paste0(prefix, "$est"), rt$est)
    v$LimitCiLower <- val(paste0(prefix, "$ci.lb"), rt$ci.lb)
    v$LimitCiUpper <- val(paste0(prefix, "$ci.ub"), rt$ci.ub)
  }
  v
}

small_study_analyses <- function(dat, methods, with_n = FALSE) {
  out <- character(0)
  for (method in methods) {
    setup <- fit_call(method, "z")
    res <- rma(yi, vi, data = dat, method = method, control = ctrl)
    predictors <- c("sei", "vi")
    if (with_n) predictors <- c(predictors, "ni", "ninv", "sqrtni", "sqrtninv")
    for (model in c("rma", "lm")) for (pred in predictors) {
      if (model == "lm" && method != methods[1]) next  # the lm version does not depend on the model
      rt <- regtest(res, model = model, predictor = pred, ret.fit = TRUE)
      v <- regtest_values(rt)
      if (model == "rma") {
        v$Tau2 <- val("rt$fit$tau2", rt$fit$tau2)
        v$Slope <- val("coef(rt$fit)[2]", coef(rt$fit)[2])
      } else {
        v$Slope <- val("coef(rt$fit)[2]", coef(rt$fit)[2])
      }
      out <- c(out, analysis(sprintf("regtest %s %s %s", model, pred, method), "regtest",
                             sprintf("%s ; rt <- regtest(res, model=\"%s\", predictor=\"%s\", ret.fit=TRUE)", setup, model, pred),
                             v, method, "z", list(model = str_(model), predictor = str_(pred))))
    }
    for (test in c("knha")) {
      rk <- rma(yi, vi, data = dat, method = method, test = test, control = ctrl)
      rt <- regtest(rk, model = "rma", predictor = "sei")
      out <- c(out, analysis(sprintf("regtest rma sei %s %s", method, test), "regtest",
                             sprintf("%s ; rt <- regtest(res, model=\"rma\", predictor=\"sei\")", fit_call(method, test)),
                             regtest_values(rt), method, test, list(model = str_("rma"), predictor = str_("sei"))))
    }

    for (estimator in c("L0", "R0", "Q0")) for (side in c("auto", "left", "right")) {
      tf <- suppressWarnings(try(if (side == "auto") trimfill(res, estimator = estimator) else
        trimfill(res, estimator = estimator, side = side), silent = TRUE))
      if (inherits(tf, "try-error")) next  # Q0 can be undefined (square root of a negative number)
      call <- if (side == "auto") sprintf("tf <- trimfill(res, estimator=\"%s\")", estimator) else
        sprintf("tf <- trimfill(res, estimator=\"%s\", side=\"%s\")", estimator, side)
      # trimfill() refits the filled data without the model's control (metafor's default threshold 1e-5), so the
      # reference for the final model is the same refit converged with ctrl.
      rf <- rma(tf$yi, tf$vi, method = method, control = ctrl)
      v <- list(
        K0 = val("tf$k0", tf$k0),
        SeK0 = val("tf$se.k0", tf$se.k0),
        PK0 = val("tf$p.k0", tf$p.k0),
        SideRight = val("tf$side == \"right\"", tf$side == "right"),
        Estimate = val("rf$beta[1]", rf$beta[1]),
        StandardError = val("rf$se", rf$se),
        CiLower = val("rf$ci.lb", rf$ci.lb),
        CiUpper = val("rf$ci.ub", rf$ci.ub),
        Tau2 = val("rf$tau2", rf$tau2),
        Q = val("rf$QE", rf$QE),
        TrimfillEstimate = val("tf$beta[1]", tf$beta[1]),
        FilledYi = val("tf$yi[tf$fill]", tf$yi[tf$fill]),
        FilledVi = val("tf$vi[tf$fill]", tf$vi[tf$fill]))
      out <- c(out, analysis(sprintf("trimfill %s %s %s", estimator, side, method), "trimfill",
                             paste(setup, ";", call, sprintf("; rf <- rma(tf$yi, tf$vi, method=\"%s\", control=ctrl)", method)),
                             v, method, "z", list(estimator = str_(estimator), side = str_(side))))
    }
  }

  rk <- ranktest(dat$yi, dat$vi)
  dev <- (dat$yi - sum(dat$yi / dat$vi) / sum(1 / dat$vi)) / sqrt(dat$vi - 1 / sum(1 / dat$vi))
  ties <- any(duplicated(dat$vi)) || any(duplicated(dev))
  out <- c(out, analysis("ranktest", "ranktest", "rk <- ranktest(yi, vi, data=dat)",
                         list(Tau = val("rk$tau", rk$tau), PValue = val("rk$pval", rk$pval),
                              Exact = val("nrow(dat) < 50 && !any(duplicated(vi)) && !any(duplicated(dev)) (cor.test's rule)", nrow(dat) < 50 && !ties))))

  f1 <- fsn(yi, vi, data = dat)
  f2 <- fsn(yi, data = dat, type = "Orwin")
  f3 <- fsn(yi, vi, data = dat, type = "Rosenberg")
  f4 <- fsn(yi, vi, data = dat, type = "Orwin", weighted = TRUE)
  f5 <- fsn(yi, vi, data = dat, alpha = 0.01)
  out <- c(out, analysis("fsn", "fsn", paste(
    "f1 <- fsn(yi, vi, data=dat); f2 <- fsn(yi, data=dat, type=\"Orwin\"); f3 <- fsn(yi, vi, data=dat, type=\"Rosenberg\");",
    "f4 <- fsn(yi, vi, data=dat, type=\"Orwin\", weighted=TRUE); f5 <- fsn(yi, vi, data=dat, alpha=0.01)"),
    list(Rosenthal = val("f1$fsnum", f1$fsnum), RosenthalP = val("f1$pval", f1$pval),
         Orwin = val("f2$fsnum", f2$fsnum), OrwinMean = val("f2$meanes", f2$meanes), OrwinTarget = val("f2$target", f2$target),
         Rosenberg = val("f3$fsnum", f3$fsnum), RosenbergP = val("f3$pval", f3$pval), RosenbergMean = val("f3$meanes", f3$meanes),
         OrwinWeighted = val("f4$fsnum", f4$fsnum), OrwinWeightedMean = val("f4$meanes", f4$meanes),
         Rosenthal01 = val("f5$fsnum", f5$fsnum))))
  out
}

# Peters' and Harbord's tests from 2x2 tables (base R lm; see the header).
binary_tests <- function(dat) {
  # Doubles, not R's 32-bit integers: n1i*n2i*(ai+ci)*(bi+di) overflows for LIMIT-2.
  for (cn in c("ai", "n1i", "ci", "n2i")) dat[[cn]] <- as.numeric(dat[[cn]])
  ni <- dat$n1i + dat$n2i
  bi <- dat$n1i - dat$ai; di <- dat$n2i - dat$ci
  w <- 1 / (1 / (dat$ai + dat$ci) + 1 / (bi + di))
  x <- 1 / ni
  fit <- lm(dat$yi ~ x, weights = w)
  s <- summary(fit)$coefficients
  peters <- analysis("peters", "peters",
    "fit <- lm(yi ~ I(1/(n1i+n2i)), weights=1/(1/(ai+ci) + 1/(n1i-ai+n2i-ci)), data=dat); s <- summary(fit)$coefficients",
    list(Statistic = val("s[2, \"t value\"]", s[2, "t value"]), PValue = val("s[2, \"Pr(>|t|)\"]", s[2, "Pr(>|t|)"]),
         Df = val("fit$df.residual", fit$df.residual), Slope = val("s[2, \"Estimate\"]", s[2, "Estimate"]),
         SlopeSe = val("s[2, \"Std. Error\"]", s[2, "Std. Error"]), Intercept = val("s[1, \"Estimate\"]", s[1, "Estimate"])))
  Z <- dat$ai - (dat$ai + dat$ci) * dat$n1i / ni
  V <- dat$n1i * dat$n2i * (dat$ai + dat$ci) * (bi + di) / (ni^2 * (ni - 1))
  y <- Z / sqrt(V); sv <- sqrt(V)
  fit <- lm(y ~ sv)
  s <- summary(fit)$coefficients
  harbord <- analysis("harbord", "harbord",
    paste("Z <- ai - (ai+ci)*n1i/(n1i+n2i); V <- n1i*n2i*(ai+ci)*(n1i-ai+n2i-ci)/((n1i+n2i)^2*(n1i+n2i-1));",
          "fit <- lm(I(Z/sqrt(V)) ~ sqrt(V)); s <- summary(fit)$coefficients"),
    list(Statistic = val("s[1, \"t value\"]", s[1, "t value"]), PValue = val("s[1, \"Pr(>|t|)\"]", s[1, "Pr(>|t|)"]),
         Df = val("fit$df.residual", fit$df.residual), Intercept = val("s[1, \"Estimate\"]", s[1, "Estimate"]),
         InterceptSe = val("s[1, \"Std. Error\"]", s[1, "Std. Error"]), Slope = val("s[2, \"Estimate\"]", s[2, "Estimate"])))
  c(peters, harbord)
}

# ---- one dataset -----------------------------------------------------------------------------------------------

write_dataset <- function(file, dataset, source, setup, dat, analyses, extra_columns = character(0)) {
  cols <- c("yi", "vi", extra_columns)
  studies <- vapply(seq_len(nrow(dat)), function(i) {
    f <- c(list(label = str_(as.character(dat$label[i]))), lapply(cols, function(cn) num(dat[[cn]][i])))
    names(f) <- c("label", cols)
    paste0("{ ", paste0(str_(names(f)), ": ", unlist(f), collapse = ", "), " }")
  }, "")
  doc <- obj(list(
    generator = str_("tools/reference/sensitivity.R"),
    r = str_(R.version.string),
    metafor = str_(as.character(packageVersion("metafor"))),
    metadat = str_(as.character(packageVersion("metadat"))),
    dataset = str_(dataset),
    source = str_(source),
    setup = str_(setup),
    control = str_("ctrl <- list(threshold=1e-12, tol=1e-12, maxiter=10000)"),
    studies = arr(studies, "  "),
    analyses = arr(analyses, "  ")))
  writeLines(doc, file.path(out_dir, file))
  cat("wrote", file, "\n")
}

pdf(NULL)

# BCG vaccine trials (Colditz et al. 1994), log risk ratios.
dat <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
dat$label <- paste(dat$author, dat$year)
dat$ai <- dat$tpos; dat$ci <- dat$cpos; dat$n1i <- dat$tpos + dat$tneg; dat$n2i <- dat$cpos + dat$cneg
dat$ni <- dat$n1i + dat$n2i
attr(dat$yi, "ni") <- dat$ni
a <- c(sensitivity_analyses(dat, c("REML", "DL", "EE", "PM", "ML", "HE", "SJ", "HS", "EB"), c("z", "knha"), "year"),
       gosh_analysis(dat, "REML", c(1, 13, 14, 100, 1000, 2500, 4000, 6000, 8000, 8191)),
       gosh_analysis(dat, "EE", c(2, 50, 3000, 8190)),
       small_study_analyses(dat, c("REML", "EE", "DL"), with_n = TRUE))
write_dataset("colditz1994-bcg.json", "dat.bcg",
  "Colditz et al. (1994) JAMA 271:698, BCG vaccine trials; metadat dat.bcg",
  "dat <- escalc(measure=\"RR\", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg); attr(dat$yi, \"ni\") <- tpos+tneg+cpos+cneg",
  dat, a, c("year", "ai", "n1i", "ci", "n2i"))

# Magnesium trials (Egger et al. 2001, BMJ 322:98-101) without ISIS-4, log odds ratios.
dat <- escalc(measure = "OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.egger2001, subset = -16)
dat$label <- dat$study
attr(dat$yi, "ni") <- dat$n1i + dat$n2i
a <- c(sensitivity_analyses(dat, c("REML", "EE"), c("z"), "year"),
       gosh_analysis(dat, "EE", c(1, 15, 16, 200, 5000, 20000, 32767)),
       small_study_analyses(dat, c("REML", "EE"), with_n = TRUE),
       binary_tests(dat))
write_dataset("egger2001-magnesium.json", "dat.egger2001",
  "Egger et al. (2001) BMJ 322:98, magnesium after myocardial infarction, without ISIS-4 (row 16); metadat dat.egger2001",
  "dat <- escalc(measure=\"OR\", ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=dat.egger2001, subset=-16); attr(dat$yi, \"ni\") <- n1i+n2i",
  dat, a, c("year", "ai", "n1i", "ci", "n2i"))

# Passive smoking and lung cancer (Hackshaw et al. 1997, BMJ 315:980), log odds ratios from the published CIs.
dat <- dat.hackshaw1998
dat$label <- paste(dat$author, dat$year)
a <- c(sensitivity_analyses(dat, c("REML", "DL"), c("z", "knha"), "year"),
       small_study_analyses(dat, c("REML", "EE")))
write_dataset("hackshaw1998-smoking.json", "dat.hackshaw1998",
  "Hackshaw et al. (1997) BMJ 315:980, environmental tobacco smoke and lung cancer (37 studies); metadat dat.hackshaw1998",
  "dat <- dat.hackshaw1998", dat, a, c("year"))

# Teacher expectancy (Raudenbush 1984), standardised mean differences with group sizes.
dat <- dat.raudenbush1985
dat$label <- paste(dat$author, dat$year)
dat$ni <- dat$n1i + dat$n2i
attr(dat$yi, "ni") <- dat$ni
a <- c(sensitivity_analyses(dat, c("REML", "PM"), c("z"), "year"),
       small_study_analyses(dat, c("REML"), with_n = TRUE))
write_dataset("raudenbush1985-expectancy.json", "dat.raudenbush1985",
  "Raudenbush (1984) J Educ Psychol 76:85, teacher expectancy and pupil IQ (19 studies); metadat dat.raudenbush1985",
  "dat <- dat.raudenbush1985; attr(dat$yi, \"ni\") <- n1i+n2i", dat, a, c("year", "ni"))

# Chemotherapy in head and neck cancer (Pignon et al. 2000), 65 trials: the Baujat plot's own example.
dat <- dat.pignon2000
dat$yi <- with(dat, OmE / V); dat$vi <- with(dat, 1 / V)
dat$label <- dat$trial
a <- c(sensitivity_analyses(dat, c("EE", "REML"), c("z")),
       small_study_analyses(dat, c("EE")))
write_dataset("pignon2000-headneck.json", "dat.pignon2000",
  "Pignon et al. (2000) Lancet 355:949, chemotherapy in head and neck cancer (65 trials); metadat dat.pignon2000",
  "dat <- dat.pignon2000; dat$yi <- OmE/V; dat$vi <- 1/V", dat, a, character(0))
