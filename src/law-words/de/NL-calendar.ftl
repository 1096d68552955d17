# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Allgemein anerkannte Feiertage sind Neujahr, Ostermontag, Pfingstmontag, die beiden Weihnachtstage, Christi Himmelfahrt, der Tag, an dem der Geburtstag des Königs gefeiert wird, und der 5. Mai.
calendar-incomplete = Durch königlichen Erlass Feiertagen gleichgestellte Tage (Atw Art. 3(3)) sind für 2023–2028 erfasst, die Jahre der Erlasse, deren Listen gefunden wurden.
holiday-new-year-name = Neujahr
holiday-good-friday-name = Karfreitag
holiday-good-friday-provision = Der Karfreitag ist im Sinne des Gesetzes den allgemein anerkannten Feiertagen gleichgestellt.
holiday-easter-monday-name = Ostermontag
holiday-queens-day-name = Königinnentag (Koninginnedag)
holiday-queens-day-provision = Der Geburtstag des Königs (der Königin) wurde bis 2013 am 30. April gefeiert.
holiday-kings-day-name = Königstag (Koningsdag)
holiday-kings-day-provision = Ab dem 1. Januar 2014 ist der 27. April Königstag, außer wenn er auf einen Sonntag fällt: Dann wird er am Tag davor gefeiert.
holiday-liberation-day-name = Tag der Befreiung
holiday-liberation-day-provision = Der 5. Mai ist im Sinne des Gesetzes jedes Jahr ein allgemein anerkannter Feiertag.
holiday-ascension-name = Christi Himmelfahrt
holiday-whit-monday-name = Pfingstmontag
holiday-christmas-name = Erster Weihnachtstag
holiday-boxing-day-name = Zweiter Weihnachtstag
holiday-equated-days-name = Einem Feiertag gleichgestellter Tag
holiday-equated-days-provision = Die Krone kann durch Erlass weitere Tage Feiertagen gleichstellen; die Erlasse für 2023–2025 und 2026–2028 stellen die aufgeführten Tage gleich. Bekannt aus den Titeln der Erlasse; ihre Texte wurden nicht gelesen.
