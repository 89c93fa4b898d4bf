#!/usr/bin/env Rscript
# Regenerates the metafor reference fixtures of MetaReview.
#
#   Rscript tools/reference/generate.R            # all fixtures
#   Rscript tools/reference/generate.R Colditz1994 Hine1989   # only these
#
# Run from the repository root. Writes
#   tests/MetaReview.Statistics.Tests/Fixtures/Metafor/<Id>.json        rma.uni: EE and 8 tau2 estimators x (z, knha)
# (rma.mh and rma.peto fixtures: tools/reference/mh.R.)
# See tools/reference/README.md for the versions used and the layout of a fixture.

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})

here <- (function() {
  f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  if (length(f) == 1) dirname(normalizePath(f)) else "tools/reference"
})()
source(file.path(here, "json.R"))
source(file.path(here, "fit.R"))
source(file.path(here, "datasets.R"))

out_uni <- "tests/MetaReview.Statistics.Tests/Fixtures/Metafor"
if (!dir.exists("tests/MetaReview.Statistics.Tests")) stop("run from the repository root")

if (packageVersion("metafor") != "3.8.1") warning("fixtures were generated with metafor 3.8-1; this is ", packageVersion("metafor"))

generator <- list(
  Script = "tools/reference/generate.R",
  R = paste(R.version$major, R.version$minor, sep = "."),
  Metafor = as.character(packageVersion("metafor")),
  Metadat = as.character(packageVersion("metadat")),
  Note = "Numbers are written with up to 17 significant digits (exact doubles). Each value was produced by the Call beside it, evaluated after Data and the effect's Call.")

only <- commandArgs(trailingOnly = TRUE)

for (d in DATASETS) {
  if (length(only) > 0 && !(d$Id %in% only)) next
  cat(sprintf("%-24s", d$Id))
  env <- new.env(parent = globalenv())
  eval(parse(text = d$Data), envir = env)
  dat <- get("dat", envir = env)
  columns <- lapply(d$Columns, function(col) { v <- dat[[col]]; if (is.factor(v)) v <- as.character(v); A(v) })
  names(columns) <- d$Columns
  head <- list(Id = d$Id, Dataset = d$Dataset, Source = d$Source, Covers = d$Covers, Generator = generator,
               Data = list(Call = d$Data, Columns = columns))

  effects <- list()
  for (e in d$Effects) {
    rec <- effect_record(e[1], e[2], env, notes = if (length(e) > 2) e[3] else character())
    if (!is.null(d$Check) && d$Check[1] == e[1]) {
      v <- eval(parse(text = d$Check[2]), envir = env)
      rec$Check <- list(Call = d$Check[2], Tau2 = v,
                        Note = "REML optimum found by maximising metafor's restricted log-likelihood over tau2 directly (no Fisher scoring)")
    }
    effects[[length(effects) + 1]] <- rec
    cat(".")
  }
  write_json_file(c(head, list(Effects = effects)), file.path(out_uni, paste0(d$Id, ".json")))

  cat("\n")
}
