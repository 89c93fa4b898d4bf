# Reference values for the worked example examples/als-exercise: every analysis the review file plans,
# computed with metafor from the same published numbers (docs in ../../examples/als-exercise/review.yaml).
# Run from the repository root:  Rscript tools/reference/als-example.R
# Writes tests/MetaReview.Review.Tests/Fixtures/als-example-metafor.json.
suppressPackageStartupMessages(library(metafor))
# Tight convergence so the fixtures hold the optimum, not metafor's default stopping point (threshold 1e-5).
tight <- list(threshold = 1e-12, maxiter = 10000)
source("tools/reference/json.R")

fit_values <- function(fit) {
  p <- predict(fit)
  list(k = fit$k, estimate = as.numeric(fit$b), se = fit$se, ci_lower = fit$ci.lb, ci_upper = fit$ci.ub,
       tau2 = fit$tau2, i2 = fit$I2, q = fit$QE, q_p = fit$QEp,
       pi_lower = if (is.null(p$pi.lb)) NA else p$pi.lb, pi_upper = if (is.null(p$pi.ub)) NA else p$pi.ub)
}

# ALSFRS-R at 6 months: Braga 2018, Lunetta 2016, Zucchi 2019 (ALS-TRIALS.md)
six <- data.frame(study = c("Braga 2018", "Lunetta 2016", "Zucchi 2019"),
                  m1 = c(34.1, 32.8, 33.08), sd1 = c(7.1, 6.5, 9.76), n1 = c(24, 30, 32),
                  m2 = c(29.5, 28.7, 33.08), sd2 = c(7.7, 7.5, 9.42), n2 = c(24, 30, 33))
md6 <- escalc("MD", m1i = m1, sd1i = sd1, n1i = n1, m2i = m2, sd2i = sd2, n2i = n2, data = six)
smd6 <- escalc("SMD", m1i = m1, sd1i = sd1, n1i = n1, m2i = m2, sd2i = sd2, n2i = n2, data = six)
main6 <- rma(yi, vi, data = md6, method = "REML", control = tight)
loo <- leave1out(main6)

twelve <- data.frame(m1 = c(27.5, 30.16), sd1 = c(7.6, 9.78), n1 = c(30, 32), m2 = c(23.3, 28.94), sd2 = c(7.6, 10.87), n2 = c(30, 33))
md12 <- escalc("MD", m1i = m1, sd1i = sd1, n1i = n1, m2i = m2, sd2i = sd2, n2i = n2, data = twelve)

# Plowman 2023: change from baseline as mean (95% CI) per arm; SD = sqrt(n) * width / (2 t(0.975, n - 1))
sd_from_ci <- function(lo, hi, n) sqrt(n) * (hi - lo) / (2 * qt(0.975, n - 1))
plowman <- function(m1, lo1, hi1, m2, lo2, hi2) {
  sd1 <- sd_from_ci(lo1, hi1, 23); sd2 <- sd_from_ci(lo2, hi2, 22)
  es <- escalc("MD", m1i = m1, sd1i = sd1, n1i = 23, m2i = m2, sd2i = sd2, n2i = 22)
  list(sd_e = sd1, sd_c = sd2, fit = fit_values(rma(yi, vi, data = es, method = "REML", control = tight)))
}

nibs <- escalc("MD", m1i = 23.1, sd1i = 6.3, n1i = 10, m2i = 21.2, sd2i = 6.0, n2i = 10)

out <- list(
  alsfrs_6m = list(
    main = fit_values(main6),
    fixed = fit_values(rma(yi, vi, data = md6, method = "FE")),
    without_zucchi = fit_values(rma(yi, vi, data = md6[1:2, ], method = "REML", control = tight)),
    dl = fit_values(rma(yi, vi, data = md6, method = "DL")),
    leave_one_out = list(estimate = A(loo$estimate), ci_lower = A(loo$ci.lb), ci_upper = A(loo$ci.ub), tau2 = A(loo$tau2)),
    subgroup_q_between = rma(yi, vi, mods = ~ factor(study), data = md6, method = "FE")$QM),
  alsfrs_6m_smd = list(main = fit_values(rma(yi, vi, data = smd6, method = "REML", control = tight))),
  alsfrs_12m = list(main = fit_values(rma(yi, vi, data = md12, method = "REML", control = tight)),
                    fixed = fit_values(rma(yi, vi, data = md12, method = "FE"))),
  mep_change = plowman(20.8, 7.6, 33.9, -1.0, -9.1, 7.2),
  mip_change = plowman(8.9, 1.5, 16.3, 4.8, -0.6, 10.2),
  nibs_alsfrs_12m = list(main = fit_values(rma(yi, vi, data = nibs, method = "REML", control = tight))),
  metafor_version = as.character(packageVersion("metafor")))
writeLines(to_json(out), "tests/MetaReview.Review.Tests/Fixtures/als-example-metafor.json")
