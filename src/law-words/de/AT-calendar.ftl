# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Feiertage: 1. und 6. Januar, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, Fronleichnam, 15. August, 26. Oktober, 1. November, 8., 25. und 26. Dezember.
calendar-incomplete = Wann § 33(2) AVG begann, den 24. Dezember (nach 2007; spätestens im Juli 2023 in Kraft) und den Karfreitag (spätestens 2004 genannt) zu nennen, wurde nicht festgestellt; daher sind diese Tage vor 2023 bzw. vor 2004 nicht berücksichtigt.
holiday-new-year-name = Neujahr
holiday-epiphany-name = Heilige Drei Könige
holiday-good-friday-name = Karfreitag
holiday-good-friday-provision = Eine Frist, die an einem Samstag, Sonntag, gesetzlichen Feiertag, Karfreitag oder 24. Dezember endet, endet am nächsten Tag, der keiner dieser Tage ist.
holiday-easter-monday-name = Ostermontag
holiday-labour-day-name = Staatsfeiertag (Tag der Arbeit)
holiday-ascension-name = Christi Himmelfahrt
holiday-whit-monday-name = Pfingstmontag
holiday-corpus-christi-name = Fronleichnam
holiday-assumption-name = Mariä Himmelfahrt
holiday-national-day-name = Nationalfeiertag
holiday-all-saints-name = Allerheiligen
holiday-immaculate-conception-name = Mariä Empfängnis
holiday-christmas-eve-name = Heiliger Abend
holiday-christmas-eve-provision = Eine Frist, die an einem Samstag, Sonntag, gesetzlichen Feiertag, Karfreitag oder 24. Dezember endet, endet am nächsten Tag, der keiner dieser Tage ist.
holiday-christmas-name = Christtag
holiday-st-stephen-name = Stefanitag
