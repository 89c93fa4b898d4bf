#!/usr/bin/env Rscript
# Regenerates the meta-regression, subgroup and permutation-test fixtures in
# tests/MetaReview.Statistics.Tests/Fixtures/metareg/ from metafor (rma, predict, anova, confint, permutest).
#
#   Rscript tools/reference/metareg.R            (from the repository root)
#
# Needs R with metafor and metadat (Debian: apt-get install -y r-base-core r-cran-metafor r-cran-metadat).
# Every value is written with 17 significant digits next to the R expression that produced it. All fits use
# tight convergence, control=list(threshold=1e-12, maxiter=10000, tol=1e-12) (tol for the
# Paule-Mandel root finder), and confint() uses control=list(tol=1e-12).
#
# Subgroups are fitted the way metafor users do it: one rma() per level (subset=), the test for subgroup
# differences as the moderator test of rma(mods = ~ factor(group)) (common residual tau^2), and the RevMan-style
# Q between the subgroup estimates as the fixed-effect Q of rma(estimates, sei=Wald SEs, method="FE").

suppressPackageStartupMessages({
  library(metafor)
})

out_dir <- file.path("tests", "MetaReview.Statistics.Tests", "Fixtures", "metareg")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
ctl <- list(threshold = 1e-12, maxiter = 10000, tol = 1e-12)
methods8 <- c("DL", "REML", "ML", "PM", "EB", "HE", "SJ", "HS")

source(file.path("tools", "reference", "fixture-json.R"))

# ---- what is recorded ----------------------------------------------------------------------------------------

metareg_fit <- function(dat, formula, method, test, name = NULL, tests = list(), newmods = list()) {
  call <- sprintf("res <- rma(yi, vi, mods = ~ %s, data=dat, method=\"%s\", test=\"%s\", control=ctl)", formula, method, test)
  res <- rma(yi, vi, mods = as.formula(paste("~", formula)), data = dat, method = method, test = test, control = ctl)
  v <- list(
    Estimate = vec("res$beta", res$beta),
    StandardError = vec("res$se", res$se),
    Statistic = vec("res$zval", res$zval),
    PValue = vec("res$pval", res$pval),
    CiLower = vec("res$ci.lb", res$ci.lb),
    CiUpper = vec("res$ci.ub", res$ci.ub),
    Covariance = vec("c(vcov(res))", c(vcov(res))),
    K = val("res$k", res$k),
    Tau2 = val("res$tau2", res$tau2),
    Tau2Se = val("res$se.tau2", res$se.tau2),
    I2 = val("res$I2", res$I2),
    H2 = val("res$H2", res$H2),
    Qm = val("res$QM", res$QM),
    QmDf = val("res$QMdf[1]", res$QMdf[1]),
    QmDfDenominator = val("res$QMdf[2]", res$QMdf[2]),
    QmP = val("res$QMp", res$QMp),
    Qe = val("res$QE", res$QE),
    QeDf = val("res$k - res$p", res$k - res$p),
    QeP = val("res$QEp", res$QEp))
  if (method != "FE" && res$int.incl) v$R2 <- val("res$R2", res$R2)
  if (method != "FE") {
    ci <- confint(res, control = list(tol = 1e-12))$random
    v$Tau2CiLower <- val("confint(res, control=list(tol=1e-12))$random[\"tau^2\", \"ci.lb\"]", ci["tau^2", "ci.lb"])
    v$Tau2CiUpper <- val("confint(res, control=list(tol=1e-12))$random[\"tau^2\", \"ci.ub\"]", ci["tau^2", "ci.ub"])
    v$I2CiLower <- val("confint(res, control=list(tol=1e-12))$random[\"I^2(%)\", \"ci.lb\"]", ci["I^2(%)", "ci.lb"])
    v$I2CiUpper <- val("confint(res, control=list(tol=1e-12))$random[\"I^2(%)\", \"ci.ub\"]", ci["I^2(%)", "ci.ub"])
  }
  f <- list(
    name = str_(if (is.null(name)) sprintf("%s %s %s", formula, method, test) else name),
    formula = str_(formula),
    method = str_(method),
    test = str_(test),
    call = str_(call),
    names = strs(rownames(res$beta)),
    values = obj(v, "      "))
  if (length(tests) > 0) {
    f$tests <- arr(lapply(tests, function(btt) {
      a <- anova(res, btt = btt)
      obj(list(
        btt = strs(btt),
        call = str_(sprintf("a <- anova(res, btt=%s)", deparse(btt))),
        values = obj(list(
          Statistic = val("a$QM", a$QM),
          Df = val("a$QMdf[1]", a$QMdf[1]),
          DfDenominator = val("a$QMdf[2]", a$QMdf[2]),
          PValue = val("a$QMp", a$QMp)), "          ")), "        ")
    }), "      ")
  }
  if (length(newmods) > 0) {
    f$predictions <- arr(lapply(newmods, function(x) {
      pr <- predict(res, newmods = rbind(x))
      obj(list(
        newmods = nums(x),
        call = str_(sprintf("pr <- predict(res, newmods=rbind(%s))", deparse(x))),
        values = obj(list(
          Estimate = val("pr$pred", pr$pred),
          StandardError = val("pr$se", pr$se),
          CiLower = val("pr$ci.lb", pr$ci.lb),
          CiUpper = val("pr$ci.ub", pr$ci.ub),
          PiLower = val("pr$pi.lb", pr$pi.lb),
          PiUpper = val("pr$pi.ub", pr$pi.ub)), "          ")), "        ")
    }), "      ")
  }
  obj(f, "    ")
}

subgroup_fits <- function(dat, column, method, test, common = FALSE) {
  g <- dat[[column]]
  levels <- sort(unique(g))
  me <- rma(yi, vi, mods = ~ factor(g), data = dat, method = method, test = test, control = ctl)
  me_call <- sprintf("me <- rma(yi, vi, mods = ~ factor(%s), data=dat, method=\"%s\", test=\"%s\", control=ctl)", column, method, test)
  tau2 <- if (common) me$tau2 else NULL
  fit_level <- function(l, tst) {
    if (common) {
      rma(yi, vi, data = dat, subset = g == l, tau2 = tau2, test = tst, control = ctl)
    } else {
      rma(yi, vi, data = dat, subset = g == l, method = method, test = tst, control = ctl)
    }
  }
  per_level <- lapply(levels, function(l) {
    res <- suppressWarnings(fit_level(l, test))
    call <- if (common) {
      sprintf("res <- rma(yi, vi, data=dat, subset=%s==\"%s\", tau2=me$tau2, test=\"%s\", control=ctl)", column, l, test)
    } else {
      sprintf("res <- rma(yi, vi, data=dat, subset=%s==\"%s\", method=\"%s\", test=\"%s\", control=ctl)", column, l, method, test)
    }
    obj(list(
      level = str_(l),
      call = str_(call),
      values = obj(list(
        K = val("res$k", res$k),
        Estimate = val("res$beta[1]", res$beta[1]),
        StandardError = val("res$se", res$se),
        CiLower = val("res$ci.lb", res$ci.lb),
        CiUpper = val("res$ci.ub", res$ci.ub),
        Tau2 = val("res$tau2", res$tau2),
        I2 = val("res$I2", res$I2),
        Q = val("res$QE", res$QE),
        QDf = val("res$k - 1", res$k - 1),
        QP = val("res$QEp", res$QEp)), "          ")), "        ")
  })
  # RevMan's test for subgroup differences: Q of the subgroup estimates with their Wald SEs, treated as fixed.
  wald <- lapply(levels, function(l) suppressWarnings(fit_level(l, "z")))
  b <- sapply(wald, function(r) r$beta[1])
  s <- sapply(wald, function(r) r$se)
  qb <- rma(b, sei = s, method = "FE")
  obj(list(
    name = str_(sprintf("%s %s %s %s", column, method, test, if (common) "common" else "separate")),
    column = str_(column),
    method = str_(method),
    test = str_(test),
    tau2 = str_(if (common) "common" else "separate"),
    levels = arr(per_level, "      "),
    between = obj(list(
      call = str_("qb <- rma(estimates, sei=Wald SEs of the per-level fits with test=\"z\", method=\"FE\")"),
      values = obj(list(
        Q = val("qb$QE", qb$QE),
        Df = val("qb$k - 1", qb$k - 1),
        PValue = val("qb$QEp", qb$QEp),
        I2 = val("qb$I2", qb$I2)), "        ")), "      "),
    moderatorTest = obj(list(
      call = str_(me_call),
      values = obj(list(
        Statistic = val("me$QM", me$QM),
        Df = val("me$QMdf[1]", me$QMdf[1]),
        DfDenominator = val("me$QMdf[2]", me$QMdf[2]),
        PValue = val("me$QMp", me$QMp),
        Tau2 = val("me$tau2", me$tau2)), "        ")), "      ")), "    ")
}

permutation_fit <- function(dat, rows, formula, method, test, exact, iter = 1000, seed = 1234) {
  sub <- dat[rows, ]
  res <- rma(yi, vi, mods = as.formula(paste("~", formula)), data = sub, method = method, test = test, control = ctl)
  set.seed(seed)
  pt <- permutest(res, exact = exact, iter = iter, progbar = FALSE)
  obj(list(
    name = str_(sprintf("rows %s ~ %s %s %s%s", deparse(rows), formula, method, test, if (exact) " exact" else "")),
    rows = nums(rows),
    formula = str_(formula),
    method = str_(method),
    test = str_(test),
    exact = if (exact) "true" else "false",
    iterations = num(iter),
    call = str_(sprintf("res <- rma(yi, vi, mods = ~ %s, data=dat[%s, ], method=\"%s\", test=\"%s\", control=ctl); set.seed(%d); pt <- permutest(res, exact=%s, iter=%d)",
      formula, deparse(rows), method, test, seed, exact, iter)),
    values = obj(list(
      Count = val("pt$exact.iter (unique permutations of the model matrix)", pt$exact.iter),
      Permutations = val("length(pt$QM.perm)", length(pt$QM.perm)),
      Qm = val("res$QM", res$QM),
      QmP = val("pt$QMp", pt$QMp),
      PValue = vec("pt$pval", pt$pval)), "      ")), "    ")
}

# Models without an intercept whose columns do not span the constant (e.g. dat.bcg ~ ablat + year - 1): metafor
# 3.8-1 centres yi on its unweighted mean before the quadratic forms that give QE and tau^2 (Ymc in rma.uni), which
# leaves models with an intercept unchanged but not these. MetaReview uses yi as given. Recorded here: metafor's
# QE and DL/REML tau^2, the same statistics from their definitions with k x k matrices (uncentred yi; the REML
# root of y'PPy - tr(P) by uniroot, tol 1e-15), metafor's coefficients at that tau^2, and metafor's own REML
# logLik() at both tau^2 values.
no_intercept_check <- function(dat, formula) {
  fm <- as.formula(paste("~", formula))
  X <- model.matrix(fm, data = dat)
  y <- dat$yi
  v <- dat$vi
  k <- nrow(X)
  p <- ncol(X)
  pmat <- function(t) {
    W <- diag(1 / (v + t))
    W - W %*% X %*% solve(t(X) %*% W %*% X) %*% t(X) %*% W
  }
  score <- function(t) {
    P <- pmat(t)
    c(t(y) %*% P %*% P %*% y - sum(diag(P)))
  }
  P0 <- pmat(0)
  qe <- c(t(y) %*% P0 %*% y)
  ymc <- y - mean(y)
  dl <- rma(yi, vi, mods = fm, data = dat, method = "DL", control = ctl)
  reml <- rma(yi, vi, mods = fm, data = dat, method = "REML", control = ctl)
  root <- uniroot(score, c(1e-8, 10), tol = 1e-15)$root
  at <- rma(yi, vi, mods = fm, data = dat, tau2 = root, control = ctl)
  ll <- function(t) logLik(rma(yi, vi, mods = fm, data = dat, tau2 = t), REML = TRUE)
  obj(list(
    formula = str_(formula),
    call = str_(sprintf("X <- model.matrix(~ %s, data=dat); P(t) <- W - WX(X'WX)^-1X'W with W = diag(1/(vi + t)); dl <- rma(yi, vi, mods = ~ %s, data=dat, method=\"DL\", control=ctl); reml <- rma(..., method=\"REML\", control=ctl); root <- uniroot(function(t) y'P(t)P(t)y - tr(P(t)), c(1e-8, 10), tol=1e-15)$root; at <- rma(yi, vi, mods = ~ %s, data=dat, tau2=root)", formula, formula, formula)),
    values = obj(list(
      MetaforQe = val("dl$QE", dl$QE),
      MetaforDlTau2 = val("dl$tau2", dl$tau2),
      MetaforRemlTau2 = val("reml$tau2", reml$tau2),
      CentredQe = val("c(t(ymc) %*% P(0) %*% ymc), ymc <- yi - mean(yi)", c(t(ymc) %*% P0 %*% ymc)),
      Qe = val("c(t(yi) %*% P(0) %*% yi)", qe),
      DlTau2 = val("max(0, (QE - (k - p)) / tr(P(0)))", max(0, (qe - (k - p)) / sum(diag(P0)))),
      RemlTau2 = val("root", root),
      Estimate = vec("at$beta", at$beta),
      StandardError = vec("at$se", at$se),
      LogLikAtRoot = val("logLik(rma(..., tau2=root), REML=TRUE)", ll(root)),
      LogLikAtMetafor = val("logLik(rma(..., tau2=reml$tau2), REML=TRUE)", ll(reml$tau2))), "      ")), "    ")
}

write_fixture <- function(file, dataset, source, setup, dat, moderators, metareg = list(), subgroups = list(), permutations = list(),
                          no_intercept = list()) {
  mods <- lapply(moderators, function(m) {
    x <- dat[[m]]
    if (is.character(x)) {
      obj(list(name = str_(m), type = str_("categorical"), values = strs(x)), "    ")
    } else {
      obj(list(name = str_(m), type = str_("numeric"), values = nums(x)), "    ")
    }
  })
  top <- list(
    generator = str_("tools/reference/metareg.R"),
    r = str_(R.version.string),
    metafor = str_(packageDescription("metafor")$Version),
    metadat = str_(packageDescription("metadat")$Version),
    dataset = str_(dataset),
    source = str_(source),
    setup = str_(setup),
    yi = nums(dat$yi),
    vi = nums(dat$vi),
    moderators = arr(mods, "  "),
    metareg = arr(metareg, "  "),
    subgroups = arr(subgroups, "  "),
    permutations = arr(permutations, "  "),
    noIntercept = arr(no_intercept, "  "))
  writeLines(obj(top), file.path(out_dir, file))
  cat("wrote", file, "\n")
}

# ---- BCG vaccine trials (Colditz et al. 1994) -------------------------------------------------------------------

bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
bcg_reg <- list()
for (m in methods8) for (t in c("z", "knha")) {
  bcg_reg[[length(bcg_reg) + 1]] <- metareg_fit(bcg, "ablat + year", m, t,
    newmods = if (m == "REML") list(c(10, 1970), c(50, 1980)) else list())
}
for (t in c("z", "knha")) {
  bcg_reg[[length(bcg_reg) + 1]] <- metareg_fit(bcg, "ablat + year", "FE", t, newmods = list(c(10, 1970)))
  bcg_reg[[length(bcg_reg) + 1]] <- metareg_fit(bcg, "factor(alloc)", "REML", t, newmods = list(c(1, 0), c(0, 1)))
  bcg_reg[[length(bcg_reg) + 1]] <- metareg_fit(bcg, "ablat + factor(alloc)", "REML", t,
    tests = list("alloc", 2), newmods = list(c(30, 0, 1)))
}
bcg_reg[[length(bcg_reg) + 1]] <- metareg_fit(bcg, "factor(alloc)", "FE", "z")
bcg_reg[[length(bcg_reg) + 1]] <- metareg_fit(bcg, "factor(alloc) - 1", "REML", "z", newmods = list(c(0, 1, 0)))
write_fixture("colditz1994-bcg.json", "dat.bcg",
  "Colditz et al. (1994) JAMA 271:698, BCG vaccine trials; metadat dat.bcg",
  "dat <- escalc(measure=\"RR\", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg); ctl <- list(threshold=1e-12, maxiter=10000, tol=1e-12)",
  bcg, c("ablat", "year", "alloc"),
  metareg = bcg_reg,
  subgroups = list(
    subgroup_fits(bcg, "alloc", "REML", "z"),
    subgroup_fits(bcg, "alloc", "REML", "knha"),
    subgroup_fits(bcg, "alloc", "DL", "z"),
    subgroup_fits(bcg, "alloc", "REML", "z", common = TRUE),
    subgroup_fits(bcg, "alloc", "FE", "z")),
  permutations = list(
    permutation_fit(bcg, 1:6, "ablat", "REML", "z", exact = TRUE),
    permutation_fit(bcg, 1:7, "ablat", "REML", "z", exact = TRUE),
    permutation_fit(bcg, 1:7, "ablat", "DL", "knha", exact = TRUE),
    permutation_fit(bcg, c(1, 2, 3, 5, 6, 10, 11, 12), "factor(alloc)", "REML", "z", exact = TRUE),
    permutation_fit(bcg, 1:6, "ablat + year", "FE", "z", exact = TRUE),
    permutation_fit(bcg, 1:6, "ablat", "PM", "knha", exact = TRUE),
    permutation_fit(bcg, 1:13, "ablat + year", "REML", "z", exact = FALSE, iter = 1000)),
  no_intercept = list(no_intercept_check(bcg, "ablat + year - 1")))

# ---- Teacher expectancy (Raudenbush 1985) -----------------------------------------------------------------------

rau <- dat.raudenbush1985
write_fixture("raudenbush1985.json", "dat.raudenbush1985",
  "Raudenbush (1985) J Educ Psychol 76:85, teacher expectancy and IQ (SMD); metadat dat.raudenbush1985",
  "dat <- dat.raudenbush1985; ctl <- list(threshold=1e-12, maxiter=10000, tol=1e-12)",
  rau, c("weeks", "tester", "setting"),
  metareg = list(
    metareg_fit(rau, "weeks", "REML", "z", newmods = list(0, 3)),
    metareg_fit(rau, "weeks", "REML", "knha", newmods = list(0, 3)),
    metareg_fit(rau, "weeks", "DL", "z"),
    metareg_fit(rau, "weeks", "ML", "z"),
    metareg_fit(rau, "weeks", "FE", "z"),
    metareg_fit(rau, "weeks + factor(tester)", "REML", "z", tests = list("tester")),
    metareg_fit(rau, "weeks + tester + setting", "PM", "knha")),
  subgroups = list(
    subgroup_fits(rau, "tester", "REML", "z"),
    subgroup_fits(rau, "setting", "DL", "knha")),
  permutations = list(
    permutation_fit(rau, 1:7, "weeks", "REML", "z", exact = TRUE),
    permutation_fit(rau, 1:7, "weeks", "ML", "knha", exact = TRUE)))

# ---- Writing-to-learn interventions (Bangert-Drowns et al. 2004): numeric factor, missing moderator values ----

bd <- dat.bangertdrowns2004
write_fixture("bangertdrowns2004.json", "dat.bangertdrowns2004",
  "Bangert-Drowns et al. (2004) Rev Educ Res 74:29, writing-to-learn interventions (SMD); metadat dat.bangertdrowns2004",
  "dat <- dat.bangertdrowns2004; ctl <- list(threshold=1e-12, maxiter=10000, tol=1e-12)",
  bd, c("length", "grade", "feedback", "meta"),
  metareg = list(
    metareg_fit(bd, "length + factor(grade)", "REML", "z", tests = list("grade"), newmods = list(c(10, 0, 0, 1))),
    metareg_fit(bd, "length + factor(grade)", "REML", "knha", tests = list("grade")),
    metareg_fit(bd, "length + feedback", "REML", "z"),
    metareg_fit(bd, "factor(grade) - 1", "DL", "z"),
    metareg_fit(bd, "length + meta + feedback", "SJ", "knha")),
  subgroups = list(
    subgroup_fits(bd, "grade", "REML", "z"),
    subgroup_fits(bd, "meta", "REML", "knha", common = TRUE)))

# ---- Modified school calendars (Konstantopoulos 2011): an 11-level factor ----------------------------------------

ko <- dat.konstantopoulos2011
write_fixture("konstantopoulos2011.json", "dat.konstantopoulos2011",
  "Konstantopoulos (2011) Res Synth Methods 2:61, modified school calendars (SMD); metadat dat.konstantopoulos2011",
  "dat <- dat.konstantopoulos2011; ctl <- list(threshold=1e-12, maxiter=10000, tol=1e-12)",
  ko, c("year", "district"),
  metareg = list(
    metareg_fit(ko, "year", "REML", "z", newmods = list(1990)),
    metareg_fit(ko, "factor(district)", "REML", "z"),
    metareg_fit(ko, "factor(district)", "REML", "knha"),
    metareg_fit(ko, "factor(district)", "HE", "z")),
  subgroups = list(
    subgroup_fits(ko, "district", "REML", "z")))

# ---- Passive smoking and lung cancer (Hackshaw et al. 1997): subgroups with a single study ---------------------

ha <- dat.hackshaw1998
write_fixture("hackshaw1998.json", "dat.hackshaw1998",
  "Hackshaw et al. (1997) BMJ 315:980, passive smoking and lung cancer (log OR); metadat dat.hackshaw1998",
  "dat <- dat.hackshaw1998; ctl <- list(threshold=1e-12, maxiter=10000, tol=1e-12)",
  ha, c("year", "country", "design"),
  metareg = list(
    metareg_fit(ha, "year + factor(design)", "REML", "z", tests = list("design")),
    metareg_fit(ha, "factor(country)", "REML", "z")),
  subgroups = list(
    subgroup_fits(ha, "country", "REML", "z"),
    subgroup_fits(ha, "country", "DL", "knha"),
    subgroup_fits(ha, "country", "REML", "z", common = TRUE),
    subgroup_fits(ha, "design", "REML", "z")))
