# make-extract.R -- extract every ATOP 5.1 directed dyad-year that involves
# Moscow (COW ccode 365) from peacesciencer's data/atop_alliance.rda.
#
# Usage:  Rscript make-extract.R path/to/atop_alliance.rda out.csv
#
# Base R only (no packages). Deterministic: same .rda in -> byte-identical CSV out.
#
# Output: one row per row of the source data with ccode1 == 365 or ccode2 == 365
# (the data are DIRECTED dyad-years, so a dyad-year normally appears twice:
# once with Moscow as ccode1 and once with Moscow as ccode2). Columns:
#   ccode, iso3, country, year, direction, ccode1, ccode2,
#   atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul
# sorted by ccode, year, direction.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) {
  stop("usage: Rscript make-extract.R path/to/atop_alliance.rda out.csv")
}
rda_path <- args[1]
out_path <- args[2]

env <- new.env()
loaded <- load(rda_path, envir = env)
if (!identical(loaded, "atop_alliance")) {
  stop("expected the .rda to hold exactly one object, atop_alliance; found: ",
       paste(loaded, collapse = ", "))
}
x <- as.data.frame(env$atop_alliance)   # drop tibble class; base R only

obligations <- c("atop_defense", "atop_offense", "atop_neutral",
                 "atop_nonagg", "atop_consul")
expected <- c("ccode1", "ccode2", "year", obligations)
if (!identical(names(x), expected)) {
  stop("unexpected columns: ", paste(names(x), collapse = ", "))
}
# Any further column (e.g. an alliance id) would be carried through; the
# check above documents that this source has none.

MOSCOW <- 365
m <- x[x$ccode1 == MOSCOW | x$ccode2 == MOSCOW, ]
if (any(m$ccode1 == MOSCOW & m$ccode2 == MOSCOW)) stop("self-dyad found")

m$ccode <- ifelse(m$ccode1 == MOSCOW, m$ccode2, m$ccode1)
# direction: ATOP directed dyad-years record the obligations that ccode1
# (state A) undertakes toward ccode2 (state B).
m$direction <- ifelse(m$ccode1 == MOSCOW, "moscow_to_partner", "partner_to_moscow")

for (v in c("ccode", "ccode1", "ccode2", "year", obligations)) {
  if (any(is.na(m[[v]])) || any(m[[v]] != round(m[[v]]))) stop("non-integer ", v)
  m[[v]] <- as.integer(m[[v]])
}
for (v in obligations) if (!all(m[[v]] %in% c(0L, 1L))) stop("non-0/1 ", v)

# ---- partner names and ISO 3166-1 alpha-3 (Orbit's historical codes where
# the state no longer exists). Year-dependent cases are handled below. ----
codes <- read.csv(text = "
ccode|iso3|country
2|USA|United States
20|CAN|Canada
40|CUB|Cuba
41|HTI|Haiti
42|DOM|Dominican Republic
54|DMA|Dominica
70|MEX|Mexico
80|BLZ|Belize
90|GTM|Guatemala
91|HND|Honduras
92|SLV|El Salvador
93|NIC|Nicaragua
94|CRI|Costa Rica
95|PAN|Panama
100|COL|Colombia
101|VEN|Venezuela
110|GUY|Guyana
130|ECU|Ecuador
135|PER|Peru
140|BRA|Brazil
145|BOL|Bolivia
150|PRY|Paraguay
155|CHL|Chile
165|URY|Uruguay
200|GBR|United Kingdom
205|IRL|Ireland
210|NLD|Netherlands
211|BEL|Belgium
212|LUX|Luxembourg
220|FRA|France
221|MCO|Monaco
223|LIE|Liechtenstein
225|CHE|Switzerland
230|ESP|Spain
232|AND|Andorra
235|PRT|Portugal
255|DEU|Germany
260|DEU|West Germany (FRG)
265|DDR|East Germany (GDR)
290|POL|Poland
300||Austria-Hungary (Austrian Empire)
305|AUT|Austria
310|HUN|Hungary
315|CSK|Czechoslovakia
316|CZE|Czech Republic
317|SVK|Slovakia
325|ITA|Italy
331|SMR|San Marino
338|MLT|Malta
339|ALB|Albania
341|MNE|Montenegro
343|MKD|North Macedonia
344|HRV|Croatia
345|YUG|Yugoslavia
346|BIH|Bosnia and Herzegovina
349|SVN|Slovenia
350|GRC|Greece
352|CYP|Cyprus
355|BGR|Bulgaria
359|MDA|Moldova
360|ROU|Romania
366|EST|Estonia
367|LVA|Latvia
368|LTU|Lithuania
369|UKR|Ukraine
370|BLR|Belarus
371|ARM|Armenia
372|GEO|Georgia
373|AZE|Azerbaijan
375|FIN|Finland
380|SWE|Sweden
385|NOR|Norway
390|DNK|Denmark
395|ISL|Iceland
450|LBR|Liberia
484|COG|Congo (Brazzaville)
520|SOM|Somalia
530|ETH|Ethiopia
540|AGO|Angola
541|MOZ|Mozambique
560|ZAF|South Africa
600|MAR|Morocco
630|IRN|Iran
640|TUR|Turkey
645|IRQ|Iraq
651|EGY|Egypt
652|SYR|Syria
660|LBN|Lebanon
663|JOR|Jordan
666|ISR|Israel
670|SAU|Saudi Arabia
678|YAR|North Yemen
679|YEM|Yemen
680|YMD|South Yemen
690|KWT|Kuwait
692|BHR|Bahrain
694|QAT|Qatar
696|ARE|United Arab Emirates
698|OMN|Oman
700|AFG|Afghanistan
701|TKM|Turkmenistan
702|TJK|Tajikistan
703|KGZ|Kyrgyzstan
704|UZB|Uzbekistan
705|KAZ|Kazakhstan
710|CHN|China
712|MNG|Mongolia
713|TWN|Taiwan
731|PRK|North Korea
732|KOR|South Korea
740|JPN|Japan
750|IND|India
760|BTN|Bhutan
770|PAK|Pakistan
771|BGD|Bangladesh
775|MMR|Myanmar
780|LKA|Sri Lanka
781|MDV|Maldives
790|NPL|Nepal
800|THA|Thailand
811|KHM|Cambodia
812|LAO|Laos
816|VNM|Vietnam
817|RVN|South Vietnam
820|MYS|Malaysia
830|SGP|Singapore
835|BRN|Brunei
840|PHL|Philippines
850|IDN|Indonesia
860|TLS|Timor-Leste
900|AUS|Australia
910|PNG|Papua New Guinea
920|NZL|New Zealand
", sep = "|", colClasses = c("integer", "character", "character"),
   na.strings = character(0), strip.white = TRUE)

missing <- setdiff(unique(m$ccode), codes$ccode)
if (length(missing) > 0) {
  stop("no iso3/name mapping for partner ccode(s): ", paste(sort(missing), collapse = ", "))
}
idx <- match(m$ccode, codes$ccode)
m$iso3 <- codes$iso3[idx]
m$country <- codes$country[idx]

# Year-dependent codes and names (COW keeps one ccode across these changes).
yr <- m$year
sel <- m$ccode == 816 & yr < 1976                      # North Vietnam (DRV)
m$iso3[sel] <- "VDR"; m$country[sel] <- "North Vietnam"
sel <- m$ccode == 255 & yr < 1871                      # COW 255 before 1871 = Prussia
m$country[sel] <- "Prussia"
sel <- m$ccode == 255 & yr >= 1990                     # unified Germany
m$country[sel] <- "Germany (unified)"
sel <- m$ccode == 640 & yr < 1923                      # Ottoman Empire
m$country[sel] <- "Ottoman Empire"
sel <- m$ccode == 630 & yr < 1935                      # Persia
m$country[sel] <- "Persia (Iran)"
sel <- m$ccode == 710 & yr < 1912                      # Qing
m$country[sel] <- "China (Qing)"
sel <- m$ccode == 710 & yr >= 1912 & yr <= 1949        # Republic of China era
m$country[sel] <- "China (Republic of China)"
sel <- m$ccode == 345 & yr >= 1992 & yr <= 2002        # FR Yugoslavia kept YUG
m$country[sel] <- "Yugoslavia (Federal Republic)"
sel <- m$ccode == 345 & yr >= 2003 & yr <= 2005
m$iso3[sel] <- "SCG"; m$country[sel] <- "Serbia and Montenegro"
sel <- m$ccode == 345 & yr >= 2006
m$iso3[sel] <- "SRB"; m$country[sel] <- "Serbia"
sel <- m$ccode == 775 & yr < 1989
m$country[sel] <- "Burma"
sel <- m$ccode == 811 & yr >= 1970 & yr <= 1975
m$country[sel] <- "Cambodia (Khmer Republic)"

stopifnot(!any(grepl(",", m$country)), !any(grepl(",", m$iso3)))

out <- m[, c("ccode", "iso3", "country", "year", "direction", "ccode1", "ccode2",
             obligations)]
out <- out[order(out$ccode, out$year, out$direction), ]
rownames(out) <- NULL

con <- file(out_path, open = "wb")   # "\n" line endings on every platform
write.table(out, con, sep = ",", quote = FALSE, row.names = FALSE,
            na = "", eol = "\n", fileEncoding = "UTF-8")
close(con)

cat(sprintf("source rows: %d; Moscow rows written: %d (%d partners, years %d-%d)\n",
            nrow(x), nrow(out), length(unique(out$ccode)),
            min(out$year), max(out$year)))
