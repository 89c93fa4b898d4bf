# A small JSON writer for the fixtures.
#
# jsonlite prints at most 15 significant digits, which does not round-trip a double. Numbers here are
# written in the shortest of 15, 16 or 17 significant digits that reads back as the same double, so
# the fixtures hold exactly what metafor computed. NA becomes null; NaN and +-Inf become the strings
# "NaN", "Infinity" and "-Infinity" (System.Text.Json reads them with AllowNamedFloatingPointLiterals).
# Arrays of scalars are kept on one line so the files stay compact and diffs stay readable.
# jsonlite is still used to escape strings.

# Marks a vector to be written as a JSON array even when it has length 0 or 1.
A <- function(x) structure(list(x), class = "json_array")

num_text <- function(v) {
  vapply(v, function(x) {
    if (is.nan(x)) return("\"NaN\"")
    if (is.na(x)) return("null")
    if (is.infinite(x)) return(if (x > 0) "\"Infinity\"" else "\"-Infinity\"")
    for (d in 15:17) {
      s <- sprintf(paste0("%.", d, "g"), x)
      if (as.numeric(s) == x) break
    }
    s
  }, character(1))
}

scalar_text <- function(x) {
  if (is.null(x) || length(x) == 0) return("null")
  if (is.factor(x)) x <- as.character(x)
  if (is.logical(x)) return(ifelse(is.na(x), "null", ifelse(x, "true", "false")))
  if (is.numeric(x)) return(num_text(x))
  if (is.character(x)) return(ifelse(is.na(x), "null", vapply(x, function(s) as.character(jsonlite::toJSON(s, auto_unbox = TRUE)), character(1))))
  stop("cannot write a value of class ", class(x)[1])
}

to_json <- function(x, indent = 0) {
  pad <- strrep("  ", indent)
  if (inherits(x, "json_array")) {
    v <- x[[1]]
    if (length(v) == 0) return("[]")
    return(paste0("[", paste(scalar_text(v), collapse = ", "), "]"))
  }
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    inner <- vapply(x, to_json, character(1), indent = indent + 1)
    if (is.null(names(x))) {
      return(paste0("[\n", paste0(pad, "  ", inner, collapse = ",\n"), "\n", pad, "]"))
    }
    keys <- vapply(names(x), scalar_text, character(1))
    return(paste0("{\n", paste0(pad, "  ", keys, ": ", inner, collapse = ",\n"), "\n", pad, "}"))
  }
  if (length(x) > 1) stop("vector of length ", length(x), " where a scalar was expected; wrap arrays in A()")
  scalar_text(x)
}

write_json_file <- function(x, path) {
  dir.create(dirname(path), recursive = TRUE, showWarnings = FALSE)
  con <- file(path, open = "w", encoding = "UTF-8")
  on.exit(close(con))
  writeLines(to_json(x), con, useBytes = TRUE)
}
