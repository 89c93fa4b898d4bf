# Writes the metadat datasets that the input tests read, exported the way R users export them
# (write.csv: quoted strings, NA for missing). Run from the repository root:
#   Rscript tests/MetaReview.Review.Tests/Data/write-metadat-csv.R
# Needs R and metadat (Debian: apt-get install -y r-base-core r-cran-metadat). The CSV files are
# committed, so the tests run without R.
library(metadat)
out <- "tests/MetaReview.Review.Tests/Data"
write.csv(dat.bcg, file.path(out, "dat.bcg.csv"), row.names = FALSE)                 # Colditz et al. 1994
write.csv(dat.normand1999, file.path(out, "dat.normand1999.csv"), row.names = FALSE) # Normand 1999
write.csv(dat.molloy2014, file.path(out, "dat.molloy2014.csv"), row.names = FALSE)   # Molloy et al. 2014
write.csv(dat.pritz1997, file.path(out, "dat.pritz1997.csv"), row.names = FALSE)     # Pritz 1997
write.csv(dat.hart1999, file.path(out, "dat.hart1999.csv"), row.names = FALSE)       # Hart et al. 1999
cat("metadat", format(packageVersion("metadat")), "\n")
