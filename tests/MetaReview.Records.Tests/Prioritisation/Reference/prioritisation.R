# Reference values for TfIdfMatrix, the logistic-regression and the naive Bayes relevance models, computed
# independently in base R from their definitions (docs/screening.md, "Prioritisation"):
#   tokens  runs of ASCII letters and digits, lower case, >= 2 characters with a letter, minus the stop words
#   weight  (1 + ln tf) * (ln((1 + n) / (1 + df)) + 1), each row scaled to unit length
#   LR      minimise C * sum_i c_i log(1 + exp(-y_i (w.x_i + b))) + |w|^2 / 2, c_i = n / (2 n_class), C = 1
#   NB      score = sum_j x_j (log th1_j - log th0_j), th_cj = (w_c sum_{i in c} x_ij + a) / (w_c sum_{i in c} sum_j x_ij + a d),
#           w_c = n / (2 n_c), a = 3.822
# Data: the records of the Cohen et al. (2006) ACE inhibitors set (SYNERGY) in ../shared/data/screening, first
# 160 rows, keeping those whose title and abstract are plain ASCII without markup; label = label_included.
# Run from the repository root:  Rscript tests/MetaReview.Records.Tests/Prioritisation/Reference/prioritisation.R
csv <- read.csv("../shared/data/screening/cohen2006_ace_inhibitors_synergy.csv", encoding = "UTF-8", stringsAsFactors = FALSE)
rows <- csv[1:160, ]
rows$title[is.na(rows$title)] <- ""
rows$abstract[is.na(rows$abstract)] <- ""
plain <- !grepl("[^ -~\n\r\t]|<", paste(rows$title, rows$abstract), perl = TRUE)
rows <- rows[plain, ]
stop <- c("a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
  "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
  "doing", "down", "during", "each", "either", "etc", "few", "for", "from", "further", "had", "has", "have",
  "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
  "into", "is", "it", "its", "itself", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor",
  "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
  "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
  "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up",
  "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
  "whom", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours")
tokens <- lapply(paste(rows$title, rows$abstract), function(text) {
  t <- strsplit(tolower(text), "[^a-z0-9]+")[[1]]
  t[nchar(t) >= 2 & grepl("[a-z]", t) & !(t %in% stop)]
})
vocabulary <- unique(unlist(tokens))
n <- length(tokens)
d <- length(vocabulary)
tf <- matrix(0, n, d)
for (i in seq_len(n)) {
  counts <- table(tokens[[i]])
  tf[i, match(names(counts), vocabulary)] <- as.numeric(counts)
}
df <- colSums(tf > 0)
idf <- log((1 + n) / (1 + df)) + 1
x <- ifelse(tf > 0, 1 + log(pmax(tf, 1)), 0) %*% diag(idf)
norms <- sqrt(rowSums(x^2))
x <- x / ifelse(norms > 0, norms, 1)
y <- ifelse(rows$label_included == 1, 1, -1)
npos <- sum(y == 1)
cw <- ifelse(y == 1, n / (2 * npos), n / (2 * (n - npos)))

objective <- function(theta) {
  m <- y * (x %*% theta[1:d] + theta[d + 1])
  sum(cw * ifelse(m > 0, log1p(exp(-m)), -m + log1p(exp(m)))) + sum(theta[1:d]^2) / 2
}
gradient <- function(theta) {
  m <- y * (x %*% theta[1:d] + theta[d + 1])
  g <- -cw * y / (1 + exp(m))
  c(crossprod(x, g) + theta[1:d], sum(g))
}
fit <- optim(rep(0, d + 1), objective, gradient, method = "L-BFGS-B", control = list(maxit = 100000, factr = 0, pgtol = 0, lmm = 20))
# Newton polishing from the L-BFGS-B solution (dense, d is small here): the optimum to machine precision.
theta <- fit$par
for (step in 1:20) {
  m <- as.vector(y * (x %*% theta[1:d] + theta[d + 1]))
  p <- 1 / (1 + exp(-m))
  s <- cw * p * (1 - p)
  z <- cbind(x, 1)
  h <- crossprod(z, z * s) + diag(c(rep(1, d), 0))
  theta <- theta - solve(h, gradient(theta))
}
stopifnot(max(abs(gradient(theta))) < 1e-10)
lr <- as.vector(x %*% theta[1:d] + theta[d + 1])

alpha <- 3.822
positive <- colSums(x[y == 1, , drop = FALSE]) * n / (2 * npos) + alpha
negative <- colSums(x[y == -1, , drop = FALSE]) * n / (2 * (n - npos)) + alpha
nb <- as.vector(x %*% (log(positive / sum(positive)) - log(negative / sum(negative))))

out <- data.frame(record_id = rows$record_id, label = ifelse(y == 1, 1, 0), terms = rowSums(tf > 0),
  lr_score = sprintf("%.15g", lr), nb_score = sprintf("%.15g", nb))
here <- "tests/MetaReview.Records.Tests/Prioritisation/Reference"
write.csv(out, file.path(here, "cohen2006-scores.csv"), row.names = FALSE, quote = FALSE)

# Every non-zero weight of the first three records, by term.
long <- do.call(rbind, lapply(1:3, function(i) {
  j <- which(x[i, ] > 0)
  data.frame(record_id = rows$record_id[i], term = vocabulary[j], weight = sprintf("%.15g", x[i, j]))
}))
write.csv(long, file.path(here, "cohen2006-weights.csv"), row.names = FALSE, quote = FALSE)
cat(sprintf("%d records (%d relevant), %d terms, |grad| = %.3g, objective %.15g\n", n, npos, d, max(abs(gradient(theta))), objective(theta)))
