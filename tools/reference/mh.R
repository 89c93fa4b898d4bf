#!/usr/bin/env Rscript
# Regenerates the Mantel-Haenszel and Peto fixtures in
# tests/MetaReview.Statistics.Tests/Fixtures/mh/ from metafor (rma.mh, rma.peto, rma, escalc).
#
#   Rscript tools/reference/mh.R            (from the repository root)
#
# Needs R with metafor and metadat (Debian: apt-get install -y r-base-core r-cran-metafor r-cran-metadat).
# Every value is written with 17 significant digits next to the R expression that produced it.
#
# Two kinds of reference value:
#   * metafor's own output (rma.mh, rma.peto, rma) -- the oracle;
#   * "RevMan 5" fits: RevMan 5's conventions (0.5 added to the cells of studies with a zero cell in the MH
#     computations, double zeros not estimable for OR and RR) are metafor's rma.mh with
#     add=c(1/2,1/2), to=c("only0","only0"), drop00=c(TRUE,TRUE). The RevMan 5 MH RD (estimate from the observed
#     tables, Greenland-Robins variance from the corrected ones) and the DerSimonian-Laird tau^2 from the Q around
#     the MH estimate have no metafor function: they are computed below from the published formulas
#     (Greenland & Robins 1985; Deeks & Higgins 2010, "Statistical algorithms in Review Manager 5"), and the
#     random-effects pooling itself is metafor's rma(yi, vi, tau2=).

suppressPackageStartupMessages({
  library(metafor)
})

out_dir <- file.path("tests", "MetaReview.Statistics.Tests", "Fixtures", "mh")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

source(file.path("tools", "reference", "fixture-json.R"))

# ---- what is recorded for each fit ---------------------------------------------------------------------------

wald_values <- function(res) list(
  Estimate = val("res$beta[1]", res$beta[1]),
  StandardError = val("res$se", res$se),
  Statistic = val("res$zval", res$zval),
  PValue = val("res$pval", res$pval),
  CiLower = val("res$ci.lb", res$ci.lb),
  CiUpper = val("res$ci.ub", res$ci.ub))

fixed_values <- function(res, measure) {
  v <- c(wald_values(res), list(
    Q = val("res$QE", res$QE),
    QDf = val("res$k.yi - 1", max(0, res$k.yi - 1)),
    QP = val("res$QEp", res$QEp),
    I2 = val("res$I2", res$I2),
    H2 = val("res$H2", res$H2),
    K = val("res$k", res$k),
    WeightPercent = val("weights(res)", weights(res))
  ))
  if (measure == "OR" && !is.null(res$MH)) {
    v$CmhStatistic <- val("res$MH", res$MH)
    v$CmhP <- val("res$MHp", res$MHp)
    v$TaroneStatistic <- val("res$TA", res$TA)
    v$TaroneP <- val("res$TAp", res$TAp)
  }
  v
}

fit_entry <- function(name, method, measure, convention, setup, values, extra = list()) {
  fields <- c(list(
    name = str_(name),
    method = str_(method),
    measure = str_(measure),
    convention = str_(convention)),
    extra,
    list(call = str_(setup),
    values = obj(values, "      ")))
  obj(fields, "    ")
}

# The RevMan 5 MH RD: estimate from the observed tables, Greenland-Robins (1985) variance from the tables with 0.5
# added to each cell of studies with a zero cell; Q around it from escalc's RD (0.5 to zero-cell studies, double
# zeros kept, as RevMan 5 keeps them for the RD).
revman_rd <- function(ai, bi, ci, di, level = 0.95) {
  n1 <- ai + bi; n2 <- ci + di; N <- n1 + n2
  rd <- sum((ai * n2 - ci * n1) / N) / sum(n1 * n2 / N)
  z0 <- ai == 0 | bi == 0 | ci == 0 | di == 0
  a <- ai + 0.5 * z0; b <- bi + 0.5 * z0; c <- ci + 0.5 * z0; d <- di + 0.5 * z0
  m1 <- a + b; m2 <- c + d; M <- m1 + m2
  v <- sum((a * b * m2^3 + c * d * m1^3) / (m1 * m2 * M^2)) / sum(m1 * m2 / M)^2
  es <- escalc(measure = "RD", ai = ai, bi = bi, ci = ci, di = di, drop00 = FALSE)
  df <- length(ai) - 1
  Q <- if (df >= 1) sum((es$yi - rd)^2 / es$vi) else 0  # as rma.mh: no Q from a single study
  se <- sqrt(v)
  crit <- qnorm(1 - (1 - level) / 2)
  w <- n1 * n2 / N
  list(beta = rd, se = se, zval = rd / se, pval = 2 * pnorm(-abs(rd / se)), ci.lb = rd - crit * se, ci.ub = rd + crit * se,
       QE = Q, df = df, QEp = if (df >= 1) pchisq(Q, df, lower.tail = FALSE) else 1,
       I2 = if (df >= 1 && Q > 0) 100 * max(0, (Q - df) / Q) else 0, weights = 100 * w / sum(w), es = es)
}

# The Greenland-Robins RD variance on the observed tables (the MH RD under metafor's conventions otherwise).
gr_rd_se <- function(ai, bi, ci, di) {
  n1 <- ai + bi; n2 <- ci + di; N <- n1 + n2
  sqrt(sum((ai * bi * n2^3 + ci * di * n1^3) / (n1 * n2 * N^2)) / sum(n1 * n2 / N)^2)
}

# DerSimonian-Laird tau^2 from a Q around the MH estimate with the IV weights of the study effects in Q.
dl_tau2 <- function(Q, vi) {
  w <- 1 / vi
  df <- length(vi) - 1
  if (df < 1) return(0)
  max(0, (Q - df) / (sum(w) - sum(w^2) / sum(w)))
}

random_values <- function(res, mhQ, df, tau2, weights_all) {
  c(wald_values(res), list(
    Tau2 = val("tau2 (DerSimonian-Laird from the MH Q, see mh.R dl_tau2)", tau2),
    Q = val("Q around the MH estimate (see call)", mhQ),
    QDf = val("number of studies in Q - 1", df),
    I2 = val("100 * max(0, (Q - df) / Q)", if (df >= 1 && mhQ > 0) 100 * max(0, (mhQ - df) / mhQ) else 0),
    K = val("res$k", res$k),
    WeightPercent = val("weights(res), 0 for studies not in Q", weights_all)
  ))
}

# ---- one dataset -----------------------------------------------------------------------------------------------

write_dataset <- function(file, dataset, source, labels, ai, n1i, ci, n2i) {
  ai <- as.numeric(ai); n1i <- as.numeric(n1i); ci <- as.numeric(ci); n2i <- as.numeric(n2i)
  bi <- n1i - ai; di <- n2i - ci
  dat <- data.frame(ai = ai, bi = bi, ci = ci, di = di)
  k <- length(ai)
  fits <- character(0)
  rv <- c("add=c(1/2,1/2), to=c(\"only0\",\"only0\"), drop00=c(TRUE,TRUE)")
  for (measure in c("OR", "RR", "RD")) {
    setup <- sprintf("res <- rma.mh(measure=\"%s\", ai=ai, bi=bi, ci=ci, di=di, data=dat)", measure)
    res <- rma.mh(measure = measure, ai = ai, bi = bi, ci = ci, di = di, data = dat)
    fits <- c(fits, fit_entry(paste("MH", measure), "MH", measure, "Metafor", setup, fixed_values(res, measure)))
    if (measure == "OR") {
      setup <- "res <- rma.mh(measure=\"OR\", ai=ai, bi=bi, ci=ci, di=di, data=dat, correct=FALSE)"
      res <- rma.mh(measure = "OR", ai = ai, bi = bi, ci = ci, di = di, data = dat, correct = FALSE)
      fits <- c(fits, fit_entry("MH OR, CMH without continuity correction", "MH", "OR", "Metafor", setup,
                                fixed_values(res, "OR"), list(cmhCorrection = "false")))
    }
    if (measure == "RD") {
      se <- gr_rd_se(ai, bi, ci, di)
      fits <- c(fits, fit_entry("MH RD, Greenland-Robins variance", "MH", "RD", "Metafor",
                                "se <- gr_rd_se(ai, bi, ci, di)  # mh.R: Greenland & Robins (1985) variance on the observed tables",
                                list(StandardError = val("se", se)), list(rdVariance = str_("GreenlandRobins"))))
    }
  }
  setup <- "res <- rma.peto(ai=ai, bi=bi, ci=ci, di=di, data=dat)"
  res <- try(rma.peto(ai = ai, bi = bi, ci = ci, di = di, data = dat), silent = TRUE)
  if (!inherits(res, "try-error")) {
    fits <- c(fits, fit_entry("Peto OR", "Peto", "OR", "Metafor", setup, fixed_values(res, "PETO")))
  }

  # RevMan 5 conventions.
  for (measure in c("OR", "RR")) {
    setup <- sprintf("res <- rma.mh(measure=\"%s\", ai=ai, bi=bi, ci=ci, di=di, data=dat, %s)", measure, rv)
    res <- suppressWarnings(try(rma.mh(measure = measure, ai = ai, bi = bi, ci = ci, di = di, data = dat,
                                       add = c(1/2, 1/2), to = c("only0", "only0"), drop00 = c(TRUE, TRUE)), silent = TRUE))
    if (inherits(res, "try-error")) next
    v <- fixed_values(res, measure)
    keep <- !(ai == 0 & ci == 0 | bi == 0 & di == 0)
    w <- numeric(k); w[keep] <- weights(res)
    v$WeightPercent <- val("weights(res), 0 for the double zeros rma.mh dropped", w)
    fits <- c(fits, fit_entry(paste("MH", measure, "(RevMan 5)"), "MH", measure, "RevMan5", setup, v))

    es <- escalc(measure = measure, ai = ai, bi = bi, ci = ci, di = di, drop00 = TRUE)
    inq <- !is.na(es$yi)
    tau2 <- dl_tau2(res$QE, es$vi[inq])
    re <- rma(yi, vi, data = es, tau2 = tau2)
    wr <- numeric(k); wr[inq] <- weights(re)
    fits <- c(fits, fit_entry(paste("MH", measure, "random effects (RevMan 5)"), "MH-RE", measure, "RevMan5",
      paste(setup, sprintf("; es <- escalc(measure=\"%s\", ai=ai, bi=bi, ci=ci, di=di, drop00=TRUE); tau2 <- dl_tau2(res$QE, es$vi[!is.na(es$yi)]); res <- rma(yi, vi, data=es, tau2=tau2)", measure)),
      random_values(re, res$QE, sum(inq) - 1, tau2, wr)))
  }
  r <- revman_rd(ai, bi, ci, di)
  v <- list(
    Estimate = val("rd", r$beta), StandardError = val("se", r$se), Statistic = val("z", r$zval), PValue = val("p", r$pval),
    CiLower = val("ci.lb", r$ci.lb), CiUpper = val("ci.ub", r$ci.ub), Q = val("Q", r$QE), QDf = val("k - 1", r$df),
    QP = val("pchisq(Q, k - 1, lower.tail=FALSE)", r$QEp), I2 = val("100 * max(0, (Q - df)/Q)", r$I2), K = val("k", k),
    WeightPercent = val("100 * w / sum(w), w = n1*n2/N", r$weights))
  fits <- c(fits, fit_entry("MH RD (RevMan 5)", "MH", "RD", "RevMan5",
    "r <- revman_rd(ai, bi, ci, di)  # mh.R: Greenland & Robins (1985) / Deeks & Higgins (2010) formulas", v))
  tau2 <- dl_tau2(r$QE, r$es$vi)
  re <- rma(yi, vi, data = r$es, tau2 = tau2)
  fits <- c(fits, fit_entry("MH RD random effects (RevMan 5)", "MH-RE", "RD", "RevMan5",
    "r <- revman_rd(ai, bi, ci, di); tau2 <- dl_tau2(r$QE, r$es$vi); res <- rma(yi, vi, data=r$es, tau2=tau2)",
    random_values(re, r$QE, k - 1, tau2, weights(re))))

  studies <- vapply(seq_len(k), function(i) sprintf(
    "{ \"label\": %s, \"eventsE\": %s, \"nE\": %s, \"eventsC\": %s, \"nC\": %s }",
    str_(labels[i]), num(ai[i]), num(n1i[i]), num(ci[i]), num(n2i[i])), "")
  json <- obj(list(
    generator = str_("tools/reference/mh.R"),
    r = str_(R.version.string),
    metafor = str_(packageDescription("metafor")$Version),
    metadat = str_(packageDescription("metadat")$Version),
    dataset = str_(dataset),
    source = str_(source),
    setup = str_("dat <- data.frame(ai, bi=n1i-ai, ci, di=n2i-ci) from the studies below, in this order"),
    studies = arr(studies, "  "),
    fits = arr(fits, "  ")))
  writeLines(json, file.path(out_dir, file))
  cat("wrote", file.path(out_dir, file), "\n")
}

# ---- the datasets ----------------------------------------------------------------------------------------------

with(dat.bcg, write_dataset("colditz1994-bcg.json", "dat.bcg",
  "Colditz et al. (1994) JAMA 271:698, BCG vaccine trials; metadat dat.bcg (tpos, tpos+tneg, cpos, cpos+cneg)",
  paste(author, year), tpos, tpos + tneg, cpos, cpos + cneg))

with(dat.nielweise2007, write_dataset("nielweise2007.json", "dat.nielweise2007",
  "Niel-Weise et al. (2007) J Antimicrob Chemother 60:1183, anti-infective catheters; zero cells and one double zero (Yucel 2004)",
  paste(author, year), ai, n1i, ci, n2i))

with(dat.li2007, write_dataset("li2007.json", "dat.li2007",
  "Li et al. (2007) Cochrane review of magnesium in acute myocardial infarction; metadat dat.li2007; zero cells",
  paste(study, year), ai, n1i, ci, n2i))

y9 <- dat.yusuf1985[dat.yusuf1985$table == "9" & !is.na(dat.yusuf1985$ai), ]
with(y9, write_dataset("yusuf1985-table9.json", "dat.yusuf1985 (table 9)",
  "Yusuf et al. (1985) Prog Cardiovasc Dis 27:335, beta blockers, Table 9; metadat dat.yusuf1985 rows with table == \"9\"; many double zeros",
  paste(trial, id), ai, n1i, ci, n2i))

with(dat.collins1985b, write_dataset("collins1985b.json", "dat.collins1985b",
  "Collins et al. (1985) BMJ 290:17, diuretics in pregnancy, pre-eclampsia; metadat dat.collins1985b (pre.xti, pre.nti, pre.xci, pre.nci)",
  paste(author, year), pre.xti, pre.nti, pre.xci, pre.nci))

with(dat.hine1989, write_dataset("hine1989.json", "dat.hine1989",
  "Hine et al. (1989) Arch Intern Med 149:2694, prophylactic lidocaine, mortality; metadat dat.hine1989",
  as.character(source), ai, n1i, ci, n2i))

# Fleiss (1993) aspirin after myocardial infarction, as entered in RevMan 5 (shared/data/revman/Fleiss1993.rm5).
fleiss <- data.frame(
  study = c("MRC-1", "CDP", "MRC-2", "GASP", "PARIS", "AMIS", "ISIS-2"),
  ai = c(49, 44, 102, 32, 85, 246, 1570), n1i = c(615, 758, 832, 317, 810, 2267, 8587),
  ci = c(67, 64, 126, 38, 52, 219, 1720), n2i = c(624, 771, 850, 309, 406, 2257, 8600))
with(fleiss, write_dataset("fleiss1993-aspirin.json", "Fleiss (1993) aspirin",
  "Fleiss (1993) Stat Methods Med Res 2:121, aspirin after myocardial infarction, as in RevMan 5's Fleiss1993.rm5",
  study, ai, n1i, ci, n2i))

# Boundary cases from real trials: one study (Aronson 1948 from dat.bcg); one study with a zero cell (Bach 1996
# from dat.nielweise2007); only double-zero studies (the six double-zero trials of dat.yusuf1985 table 9).
with(dat.bcg[1, ], write_dataset("boundary-k1-aronson1948.json", "dat.bcg[1, ]",
  "k = 1: Aronson 1948 from dat.bcg", paste(author, year), tpos, tpos + tneg, cpos, cpos + cneg))
with(dat.nielweise2007[1, ], write_dataset("boundary-k1-zero-cell-bach1996.json", "dat.nielweise2007[1, ]",
  "k = 1 with a zero cell: Bach 1996 from dat.nielweise2007", paste(author, year), ai, n1i, ci, n2i))
dz <- y9[y9$ai == 0 & y9$ci == 0, ]
with(dz, write_dataset("boundary-all-double-zero-yusuf1985.json", "dat.yusuf1985 (table 9, double zeros)",
  "Only double-zero studies: the trials of dat.yusuf1985 table 9 with no events in either arm",
  paste(trial, id), ai, n1i, ci, n2i))
