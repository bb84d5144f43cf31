# make-summary.R -- write summary.md (runs of years per obligation type for
# every partner) from atop-moscow.csv. Base R only.
#
# Usage:  Rscript make-summary.R atop-moscow.csv summary.md
#
# Everything in the tables and timelines is computed from the CSV. The
# "likely source" notes are hand-written annotations (inferred from dates and
# from which states share a run); the ATOP file used here has no alliance ids.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript make-summary.R atop-moscow.csv summary.md")
d <- read.csv(args[1], colClasses = c(iso3 = "character", country = "character"),
              na.strings = character(0))
obl <- c("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
short <- sub("atop_", "", obl)

regions <- list(
  "Caucasus" = c(371, 372, 373),
  "Central Asia" = c(701, 702, 703, 704, 705),
  "Middle East (incl. Turkey, Cyprus, Egypt)" =
    c(352, 640, 630, 645, 651, 652, 660, 663, 666, 670, 678, 679, 680, 690, 692, 694, 696, 698),
  "South Asia" = c(700, 750, 760, 770, 771, 780, 781, 790),
  "East Asia" = c(710, 712, 713, 731, 732, 740),
  "Southeast Asia" = c(775, 800, 811, 812, 816, 817, 820, 830, 835, 840, 850, 860)
)
asia <- unlist(regions)
absent_names <- c("660" = "LBN Lebanon", "663" = "JOR Jordan", "666" = "ISR Israel",
                  "678" = "YAR North Yemen", "679" = "YEM Yemen (unified, 1990-)",
                  "690" = "KWT Kuwait", "692" = "BHR Bahrain", "694" = "QAT Qatar",
                  "696" = "ARE United Arab Emirates", "698" = "OMN Oman",
                  "713" = "TWN Taiwan", "760" = "BTN Bhutan", "781" = "MDV Maldives",
                  "790" = "NPL Nepal")

# ---- hand-written notes (inference, NOT from the ATOP file) ----
notes <- list(
  "352" = "1975-2018 nonagg is shared with every CSCE participant in the file: Helsinki Final Act (1 Aug 1975).",
  "371" = "1992-2018 defense: consistent with the Collective Security Treaty (Tashkent, 15 May 1992), of which Armenia was a founding party. 1991 nonagg+consul: not identified.",
  "372" = "Georgia joined the Collective Security Treaty in Dec 1993 and did not renew it in 1999, yet defense runs to 2009 (Georgia left the CIS in 2009): the post-1999 obligation must come from another agreement; check ATOP's alliance-level file.",
  "373" = "Azerbaijan joined the Collective Security Treaty in 1993 and left it in 1999, yet defense runs to 2018: possibly the 1997 Russia-Azerbaijan Treaty of Friendship, Cooperation and Mutual Security (unverified).",
  "701" = "Turkmenistan was never a Collective Security Treaty party: the 1992-2002 defense obligation is presumably bilateral (1992 Russian-Turkmen military agreements; unverified).",
  "702" = "1992- defense: consistent with the Collective Security Treaty (1992).",
  "703" = "1992- defense: consistent with the Collective Security Treaty (1992).",
  "704" = "Uzbekistan left the Collective Security Treaty in 1999, yet defense runs 1992-2018: another agreement is coded after 1999 (unverified).",
  "705" = "1992- defense: consistent with the Collective Security Treaty (1992) and the 1992 Russia-Kazakhstan Treaty of Friendship, Cooperation and Mutual Assistance. 2013 adds neutral (possibly the Nov 2013 Treaty on Good-Neighbourliness and Alliance; unverified).",
  "630" = "1927-1941 neutral+nonagg: 1927 Soviet-Persian Treaty of Guarantee and Neutrality. 1942 and 1946 Moscow->Iran defense only: Anglo-Soviet-Iranian Treaty of Alliance (29 Jan 1942), where the UK and USSR pledged to defend Iran. 1943-1945 defense+offense both ways: Iran adhered to the Declaration by United Nations (Sept 1943). 2001-2018: Treaty on the Foundations of Mutual Relations (Mar 2001; unverified).",
  "640" = "1833-1841 Moscow->Ottoman defense only: Treaty of Hunkar Iskelesi (1833). 1925-1945 neutral+nonagg: Soviet-Turkish Treaty of Friendship and Neutrality (17 Dec 1925; denounced by the USSR in Mar 1945). 1937-1939 defense: the Nyon Agreement (Sept 1937) - the same run appears for GBR, GRC, YUG, BGR, ROU, EGY. 1945 defense+offense: Declaration by United Nations (Turkey adhered Feb 1945). 1975-1991 nonagg: Helsinki Final Act. 1992-2018: presumably the 1992 Russian-Turkish Treaty on the Principles of Relations (unverified).",
  "645" = "1943-1945: Declaration by United Nations. 1972-1990: Soviet-Iraqi Treaty of Friendship and Cooperation (9 Apr 1972); ATOP ends it in 1990.",
  "651" = "1937-1939 defense: Nyon Agreement. 1945: Declaration by United Nations. 1971-1976: Soviet-Egyptian Treaty of Friendship and Cooperation (27 May 1971; abrogated by Egypt 15 Mar 1976). 2016-2018 nonagg: Egypt's 2016 accession to the Treaty of Amity and Cooperation in Southeast Asia (TAC) (inferred from timing).",
  "652" = "1980-2018: Soviet-Syrian Treaty of Friendship and Cooperation (8 Oct 1980).",
  "670" = "1945: Declaration by United Nations.",
  "680" = "1979-1990: Soviet-PDRY Treaty of Friendship and Cooperation (25 Oct 1979); ends at Yemeni unification. Neither North Yemen (678) nor unified Yemen (679) has any row.",
  "700" = "1926-1979 neutral+nonagg: Soviet-Afghan Treaty of Neutrality and Mutual Non-Aggression (1926) and its 1931 successor, extended 1955, 1965 and 1975. 1978-1979 adds consul: Treaty of Friendship, Good-Neighbourliness and Cooperation (5 Dec 1978). No row from 1980 on, although the 1978 treaty formally stayed in force through the Soviet intervention (Dec 1979-1989): ATOP evidently ends it in 1979.",
  "710" = "1896-1900: Li-Lobanov Treaty (1896). 1937-1941 neutral+nonagg: Sino-Soviet Non-Aggression Pact (21 Aug 1937). 1942-1945 defense+offense: Declaration by United Nations. 1946-1949: Sino-Soviet Treaty of Friendship and Alliance with the Republic of China (14 Aug 1945). 1950-1980: Treaty of Friendship, Alliance and Mutual Assistance (14 Feb 1950; 30-year term, lapsed 1980). 1962-1964 consul: the Laos declaration (see KHM). 1981-1991: no row. 1992-2000 nonagg: not identified. 2001-2018: Treaty of Good-Neighbourliness and Friendly Cooperation (16 Jul 2001).",
  "712" = "1936-1966 defense+consul: Soviet-Mongolian Protocol of Mutual Assistance (12 Mar 1936) and the Treaty of Friendship and Mutual Assistance (27 Feb 1946). 1967-1992 defense: Treaty of Friendship, Cooperation and Mutual Assistance (15 Jan 1966). 1993-2018 nonagg: the Jan 1993 Russia-Mongolia Treaty on Friendly Relations and Cooperation and/or TAC (unverified).",
  "731" = "1961-1996: Treaty of Friendship, Cooperation and Mutual Assistance (6 Jul 1961), which Russia did not renew in 1996. 1997-1999: no row. 2000-2007 consul: Treaty of Friendship, Good-Neighbourliness and Cooperation (9 Feb 2000). 2008- nonagg: North Korea's 2008 accession to TAC (inferred from timing).",
  "732" = "1992-2018 nonagg: probably the Nov 1992 Russia-ROK Treaty on Basic Relations (unverified).",
  "740" = "1910-1915 consul, 1916-1917 defense+consul: the Russo-Japanese agreements of 1910 and 1912 and the 1916 alliance. 1941-1945 neutral: Soviet-Japanese Neutrality Pact (13 Apr 1941). Nothing 1946-2003. 2004-2018 nonagg: TAC (Japan acceded 2004, Russia Nov 2004).",
  "750" = "1962-1964 consul: Laos declaration. 1971-1993: Indo-Soviet Treaty of Peace, Friendship and Cooperation (9 Aug 1971). 1994-2018: Indo-Russian Treaty of Friendship and Cooperation (Jan 1993).",
  "770" = "2004- nonagg: TAC. 2015- consul: not identified.",
  "771" = "2007- nonagg: TAC (Bangladesh acceded 2007).",
  "780" = "2007- nonagg: TAC (Sri Lanka acceded 2007).",
  "775" = "1962-1964 consul: Declaration on the Neutrality of Laos (Geneva, 23 Jul 1962), whose signatories are exactly the partners with a 1962-1964 consul run (USA, CAN, GBR, FRA, CHN, IND, MMR, THA, KHM, DRV, RVN; Poland, also a signatory, already had consul through the Warsaw Pact). 2004-: TAC.",
  "800" = "1962-1964 consul: Laos declaration. 2004-: TAC.",
  "811" = "1962-1964 consul: Declaration on the Neutrality of Laos (Geneva, 23 Jul 1962). 2004-: TAC. Nothing for 1979-1991 (People's Republic of Kampuchea).",
  "812" = "Laos is the object of the 1962 Laos declaration, not a party to it, so no 1962-1964 row. Nothing 1975-2003. 2004-: TAC.",
  "816" = "As North Vietnam (VDR) only 1962-1964 consul (Laos declaration); no Soviet-DRV alliance is coded. 1978-2003 consul: Soviet-Vietnamese Treaty of Friendship and Cooperation (3 Nov 1978; 25-year term). 2004-2018 nonagg+consul: TAC for nonagg; where the consul after 2003 comes from is not identified.",
  "817" = "1962-1964 consul: Laos declaration (the Republic of Vietnam was a signatory).",
  "820" = "2004-: TAC (Russia acceded to the Treaty of Amity and Cooperation in Southeast Asia, 29 Nov 2004).",
  "830" = "2004-: TAC.", "835" = "2004-: TAC.", "840" = "2004-: TAC.", "850" = "2004-: TAC.",
  "860" = "2007-: TAC (Timor-Leste acceded 2007)."
)

runs <- function(years) {
  years <- sort(unique(years))
  if (length(years) == 0) return("-")
  br <- c(TRUE, diff(years) != 1)
  g <- cumsum(br)
  s <- tapply(years, g, function(y) if (min(y) == max(y)) as.character(min(y))
              else paste0(min(y), "-", max(y)))
  paste(s, collapse = ", ")
}

set_label <- function(r) {
  o <- short[unlist(r[obl]) == 1]
  if (length(o) == 0) "(alliance row, no obligation coded)" else paste(o, collapse = ", ")
}

partner_block <- function(cc, full = TRUE) {
  p <- d[d$ccode == cc, ]
  mp <- p[p$direction == "moscow_to_partner", ]
  pm <- p[p$direction == "partner_to_moscow", ]
  yrs <- sort(unique(p$year))
  # non-directed: max over the two directions (as peacesciencer's ndir = TRUE)
  nd <- aggregate(p[, obl], by = list(year = p$year), FUN = max)
  nd <- nd[order(nd$year), ]
  iso <- unique(p$iso3); iso <- iso[iso != ""]
  if (length(iso) == 0) iso <- paste0("COW", cc)   # no ISO code (e.g. Austria-Hungary)
  names_ <- unique(p$country)
  lines <- character(0)
  hdr <- sprintf("### %s - %s (COW %d)", paste(iso, collapse = "/"),
                 paste(names_, collapse = " / "), cc)
  lines <- c(lines, hdr, "")
  # timeline: runs of identical (directed) obligation sets
  key <- sapply(nd$year, function(y) {
    a <- mp[mp$year == y, ]; b <- pm[pm$year == y, ]
    la <- if (nrow(a)) set_label(a) else "(no row)"
    lb <- if (nrow(b)) set_label(b) else "(no row)"
    if (la == lb) la else sprintf("Moscow->%s: %s | %s->Moscow: %s",
                                  paste(iso, collapse = "/"), la, paste(iso, collapse = "/"), lb)
  })
  br <- c(TRUE, diff(nd$year) != 1 | key[-1] != key[-length(key)])
  g <- cumsum(br)
  tl <- character(0)
  for (k in unique(g)) {
    yy <- nd$year[g == k]
    isok <- unique(p$iso3[p$year %in% yy]); isok <- isok[isok != ""]
    lab <- if (length(isok)) paste(isok, collapse = "/") else paste0("COW", cc)
    span <- if (min(yy) == max(yy)) min(yy) else paste0(min(yy), "-", max(yy))
    tl <- c(tl, sprintf("- %s %s: %s", lab, span, key[g == k][1]))
  }
  if (full) {
    lines <- c(lines, "| obligation | years (either direction) |", "|---|---|")
    for (i in seq_along(obl)) {
      lines <- c(lines, sprintf("| %s | %s |", short[i], runs(nd$year[nd[[obl[i]]] == 1])))
    }
    lines <- c(lines, sprintf("| any ATOP row | %s |", runs(yrs)), "")
    lines <- c(lines, "Timeline (identical obligations in both directions unless shown):", "", tl, "")
    if (!is.null(notes[[as.character(cc)]])) {
      lines <- c(lines, paste0("Likely source (our annotation, not in the ATOP file): ",
                               notes[[as.character(cc)]]), "")
    }
  } else {
    lines <- c(lines, tl, "")
  }
  lines
}

out <- c(
  "# ATOP 5.1 obligations between Moscow (COW 365) and Asian partner states",
  "",
  "Generated by `make-summary.R` from `atop-moscow.csv` (see README.md for provenance).",
  "Source: ATOP 5.1 directed dyad-years via peacesciencer `data/atop_alliance.rda`;",
  sprintf("coverage %d-%d. COW 365 is Russia throughout: the Russian Empire before 1917/1922,", min(d$year), max(d$year)),
  "the USSR to 1991, the Russian Federation after. A year with no row means ATOP records",
  "no alliance of any kind for the dyad that year; years after 2018 are not covered at all.",
  "",
  "How to read: the table gives, per obligation type, the runs of years in which",
  "either side carries that obligation toward the other (the non-directed maximum).",
  "The timeline gives runs of years with an identical set of obligations; where Moscow's",
  "obligations to the partner differ from the partner's to Moscow both are shown.",
  "ATOP alliance ids and treaty names are NOT in this file (peacesciencer drops them);",
  "the 'likely source' notes are our own inference from dates and shared runs, to be",
  "checked against the ATOP alliance-level data before citing.",
  "",
  "## Asian partners in the data",
  ""
)
present <- unique(d$ccode)
for (r in names(regions)) {
  cc <- regions[[r]][regions[[r]] %in% present]
  out <- c(out, sprintf("- %s: %s", r,
    if (length(cc)) paste(sapply(cc, function(c) paste0(
      paste(unique(d$iso3[d$ccode == c]), collapse = "/"), " (", c, ")")), collapse = ", ")
    else "none"))
}
abs_cc <- setdiff(asia, present)
out <- c(out, "", sprintf("Asian states with no ATOP row with Moscow in any year: %s.",
  paste(sprintf("%s (%s)", absent_names[as.character(sort(abs_cc))], sort(abs_cc)), collapse = ", ")),
  "")
for (r in names(regions)) {
  cc <- regions[[r]][regions[[r]] %in% present]
  if (!length(cc)) next
  out <- c(out, sprintf("## %s", r), "")
  for (c in cc) out <- c(out, partner_block(c, full = TRUE))
}
out <- c(out, "## Appendix: all other partners (timelines only)", "",
         "Not in scope for the atlas; listed so the shared multilateral runs (1942-1945",
         "Declaration by United Nations, 1975- Helsinki Final Act, 2004- TAC, 1937-1939 Nyon)",
         "can be recognised.", "")
for (c in sort(setdiff(present, asia))) out <- c(out, partner_block(c, full = FALSE))

con <- file(args[2], open = "wb")
writeLines(out, con, sep = "\n")
close(con)
cat("wrote", args[2], "\n")
