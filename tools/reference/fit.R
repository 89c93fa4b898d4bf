# Runs metafor calls given as text and collects their results as fixture records.
#
# Every value in a fixture is produced by evaluating the exact "Call" string stored beside it, so a
# reader can paste the call into R (after the "Data" and "Effects" calls of the same file) and get the
# same number.

# Evaluates code (a string) in env, capturing warnings and messages; errors become an Error string.
run_call <- function(code, env) {
  notes <- character()
  value <- withCallingHandlers(
    tryCatch(eval(parse(text = code), envir = env), error = function(e) structure(list(message = conditionMessage(e)), class = "call_error")),
    warning = function(w) { notes <<- c(notes, conditionMessage(w)); invokeRestart("muffleWarning") },
    message = function(m) { notes <<- c(notes, trimws(conditionMessage(m))); invokeRestart("muffleMessage") })
  list(value = value, failed = inherits(value, "call_error"),
       error = if (inherits(value, "call_error")) value$message else NULL,
       warnings = gsub("\\s+", " ", trimws(notes)))
}

fmt <- function(x) sprintf("%.3g", x)

# The scale of the data, used to make the convergence criteria relative: metafor's threshold (Fisher
# scoring) and tol (uniroot) are absolute changes in tau², so 1e-12 is far too loose for data with
# variances near 1e-8 and below the rounding error of tau² for variances near 1e6.
data_scale <- function(yi, vi) {
  ok <- is.finite(yi) & is.finite(vi) & vi > 0
  s <- sum(ok) / sum(1 / vi[ok])
  if (sum(ok) > 1) s <- max(s, var(yi[ok]))
  s
}

ITERATIVE <- c("REML", "ML", "EB", "PM")
METHODS <- c("EE", "DL", "REML", "ML", "PM", "EB", "HE", "SJ", "HS")
TESTS <- c("z", "knha")

control_text <- function(method, tol, stepadj = NULL) {
  if (method %in% c("REML", "ML", "EB")) {
    s <- sprintf("threshold=%s, maxiter=10000", fmt(tol))
    if (!is.null(stepadj)) s <- paste0(s, sprintf(", stepadj=%s", stepadj))
    return(sprintf(", control=list(%s)", s))
  }
  if (method == "PM") return(sprintf(", control=list(tol=%s, maxiter=10000)", fmt(tol)))
  ""
}

interval <- function(call, lower, upper, computed = FALSE, extra = list()) {
  c(list(Call = call), if (computed) list(ComputedInR = TRUE), list(Lower = lower, Upper = upper), extra)
}

confint_record <- function(env, tol) {
  tau2max <- 100
  repeat {
    call <- sprintf("confint(res, control=list(tol=%s%s))", fmt(tol),
                    if (tau2max > 100) sprintf(", tau2.max=%s", fmt(tau2max)) else "")
    r <- run_call(call, env)
    if (r$failed) return(list(Call = call, Error = r$error, Warnings = A(r$warnings)))
    ci <- r$value
    # metafor caps the search at tau2.max and flags the bound with ">"; widen until it is found.
    if (ci$ub.sign == ">" && tau2max < 1e12) { tau2max <- tau2max * 1e3; next }
    row <- function(name) { v <- ci$random[name, ]; list(Estimate = v[["estimate"]], Lower = v[["ci.lb"]], Upper = v[["ci.ub"]]) }
    return(list(Call = call, Warnings = A(r$warnings), LowerBoundFlag = ci$lb.sign, UpperBoundFlag = ci$ub.sign,
                NullSet = isTRUE(ci$ci.null),
                Tau2 = row("tau^2"), Tau = row("tau"), I2 = row("I^2(%)"), H2 = row("H^2")))
  }
}

# Fits one model and returns its fixture record. env must hold the effect sizes as "es".
fit_record <- function(env, method, test, tol, record_default = TRUE) {
  stepadj <- NULL
  call <- sprintf('rma(yi, vi, data=es, method="%s", test="%s"%s)', method, test, control_text(method, tol))
  r <- run_call(call, env)
  if (r$failed && method %in% c("REML", "ML", "EB")) {
    # Fisher scoring can oscillate (see the Lehmann2018 fixture); halve the step as metafor's help advises.
    stepadj <- 0.5
    call <- sprintf('rma(yi, vi, data=es, method="%s", test="%s"%s)', method, test, control_text(method, tol, stepadj))
    r2 <- run_call(call, env)
    r2$warnings <- c(sprintf("with stepadj=1: %s", r$error), r2$warnings)
    r <- r2
  }
  rec <- list(Method = method, Test = test, Call = call)
  if (r$failed) return(c(rec, list(Error = r$error, Warnings = A(r$warnings))))
  res <- r$value
  assign("res", res, envir = env)
  random <- method != "EE"
  rec <- c(rec, list(
    Warnings = A(r$warnings),
    TestUsed = res$test,
    K = res$k,
    Included = A(which(res$not.na)),
    Estimate = as.numeric(res$beta),
    StandardError = res$se,
    Statistic = res$zval,
    Df = if (res$test == "z") NULL else res$ddf[[1]],
    PValue = res$pval,
    CiLower = res$ci.lb,
    CiUpper = res$ci.ub,
    Tau2 = res$tau2,
    Tau2Se = if (random) res$se.tau2 else NULL,
    I2 = res$I2,
    H2 = res$H2,
    Q = res$QE,
    QDf = res$k - res$p,
    QP = res$QEp,
    WeightPercent = A(as.numeric(weights(res)))))
  if (random) {
    p <- run_call("predict(res)", env)
    rec$PredictionInterval <- if (p$failed) list(Call = "predict(res)", Error = p$error) else
      interval("predict(res)", p$value$pi.lb, p$value$pi.ub, extra = list(Warnings = A(p$warnings)))
    if (res$k >= 3) {
      riley <- "res$b[1] + c(-1, 1) * qt(0.975, df=res$k - 2) * sqrt(res$se^2 + res$tau2)"
      v <- eval(parse(text = riley), envir = env)
      rec$PredictionIntervalRiley <- interval(riley, v[1], v[2], computed = TRUE,
        extra = list(Note = "metafor 3.8-1 predict() has no pi.type; t(k-2) interval computed in R from the fitted res (res$se is the HKSJ-scaled SE when test=\"knha\")"))
    }
    rec$Confint <- if (res$k >= 2) confint_record(env, tol) else list(Call = "confint(res)", Error = run_call("confint(res)", env)$error)
  }
  if (record_default && method %in% ITERATIVE) {
    # The same model with metafor's default convergence control, to show where the defaults fall short.
    dcall <- sprintf('rma(yi, vi, data=es, method="%s", test="%s")', method, test)
    d <- run_call(dcall, env)
    rec$DefaultControl <- c(list(Call = dcall),
      if (d$failed) list(Error = d$error) else list(Tau2 = d$value$tau2, Estimate = as.numeric(d$value$beta)),
      list(Warnings = A(d$warnings)))
  }
  rec
}

# The effect sizes from an escalc (or other) call, and every model fitted to them.
effect_record <- function(name, call, env, notes = NULL) {
  r <- run_call(call, env)
  if (r$failed) stop(sprintf("%s: %s failed: %s", name, call, r$error))
  es <- r$value
  assign("es", es, envir = env)
  yi <- as.numeric(es$yi); vi <- as.numeric(es$vi)
  tol <- 1e-12 * data_scale(yi, vi)
  measure <- attr(es$yi, "measure"); if (is.null(measure)) measure <- "GEN"
  rec <- list(Name = name, Measure = measure, Call = paste0("es <- ", call),
              Notes = A(notes), Warnings = A(r$warnings),
              ConvergenceTolerance = tol,
              Yi = A(yi), Vi = A(vi))
  models <- list()
  for (m in METHODS) for (t in TESTS) models[[length(models) + 1]] <- fit_record(env, m, t, tol, record_default = (t == "z"))
  rec$Models <- models
  rec
}

