# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Deset zakonskih praznika: 1. januar, Uskršnji ponedeljak, 1. maj, Vaznesenje Gospodnje, Duhovski ponedeljak, 21. jul, 15. avgust, 1. novembar, 11. novembar i 25. decembar.
holiday-new-year-name = Nova godina
holiday-easter-monday-name = Uskršnji ponedeljak
holiday-labour-day-name = Praznik rada
holiday-ascension-name = Vaznesenje Gospodnje
holiday-whit-monday-name = Duhovski ponedeljak
holiday-national-day-name = Nacionalni praznik
holiday-assumption-name = Uznesenje Bogorodice (Velika Gospojina)
holiday-all-saints-name = Svi sveti
holiday-armistice-name = Dan primirja
holiday-christmas-name = Božić
