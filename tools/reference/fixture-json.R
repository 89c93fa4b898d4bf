# The JSON writer of the hand-laid fixtures (mh.R, metareg.R, sensitivity.R): every value is written with 17
# significant digits beside the R expression that produced it ({ "r": "...", "value": ... }), and the caller lays out
# the objects and arrays. (generate.R and als-example.R write whole R lists with json.R instead.)

num <- function(x) {
  x <- as.numeric(x)
  if (length(x) != 1) stop("num() takes one value")
  if (is.na(x)) return("null")
  if (is.infinite(x)) return(if (x > 0) "\"Infinity\"" else "\"-Infinity\"")
  sprintf("%.17g", x)
}
str_ <- function(s) {
  na <- is.na(s)
  s <- gsub("\\\\", "\\\\\\\\", s)
  s <- gsub("\"", "\\\\\"", s)
  ifelse(na, "null", paste0("\"", s, "\""))
}
nums <- function(x) paste0("[", paste(vapply(as.numeric(x), num, ""), collapse = ", "), "]")
strs <- function(x) paste0("[", paste(vapply(as.character(x), str_, ""), collapse = ", "), "]")
val <- function(r, x) {
  # One value, or a vector of values, beside the R expression that produced it.
  x <- as.numeric(x)
  v <- if (length(x) == 1) num(x) else nums(x)
  paste0("{ \"r\": ", str_(r), ", \"value\": ", v, " }")
}
vec <- function(r, x) paste0("{ \"r\": ", str_(r), ", \"value\": ", nums(x), " }")
obj <- function(fields, indent = "") {
  inner <- paste0(indent, "  ", str_(names(fields)), ": ", unlist(fields))
  paste0("{\n", paste(inner, collapse = ",\n"), "\n", indent, "}")
}
arr <- function(items, indent = "") {
  if (length(items) == 0) return("[]")
  paste0("[\n", paste0(indent, "  ", items, collapse = ",\n"), "\n", indent, "]")
}
