# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Državni praznici: 1. januar, Uskršnji ponedeljak, 1. maj, 8. maj, Vaznesenje Gospodnje, Duhovski ponedeljak, 14. jul, Uznesenje Bogorodice (15. avgust), Svi sveti (1. novembar), 11. novembar i Božić.
region-FR-57 = Mozel (Moselle)
region-FR-57-provision = U departmanima Moselle, Bas-Rhin i Haut-Rhin 26. decembar je takođe državni praznik (Veliki petak samo u opštinama u kojima postoji protestantski hram ili mešovita crkva).
region-FR-6AE = Alzas (Bas-Rhin i Haut-Rhin)
region-FR-6AE-provision = U departmanima Moselle, Bas-Rhin i Haut-Rhin 26. decembar je takođe državni praznik (Veliki petak samo u opštinama u kojima postoji protestantski hram ili mešovita crkva).
holiday-new-year-name = Nova godina
holiday-easter-monday-name = Uskršnji ponedeljak
holiday-labour-day-name = Praznik rada
holiday-victory-day-name = Dan pobede u Evropi
holiday-ascension-name = Vaznesenje Gospodnje
holiday-whit-monday-name = Duhovski ponedeljak
holiday-national-day-name = Nacionalni praznik
holiday-assumption-name = Uznesenje Bogorodice (Velika Gospojina)
holiday-all-saints-name = Svi sveti
holiday-armistice-name = Dan primirja
holiday-christmas-name = Božić
holiday-st-stephen-name = Sveti Stefan (drugi dan Božića)
