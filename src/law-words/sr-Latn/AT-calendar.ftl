# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Praznici: 1. i 6. januar, Uskršnji ponedeljak, 1. maj, Vaznesenje Gospodnje, Duhovski ponedeljak, Telovo, 15. avgust, 26. oktobar, 1. novembar, 8. decembar, 25. i 26. decembar.
calendar-incomplete = Nije utvrđeno od kada § 33(2) AVG navodi 24. decembar (posle 2007; na snazi najkasnije od jula 2023) i Veliki petak (naveden najkasnije 2004), pa su ti dani izostavljeni pre 2023, odnosno pre 2004.
holiday-new-year-name = Nova godina
holiday-epiphany-name = Bogojavljenje (Sveta tri kralja)
holiday-good-friday-name = Veliki petak
holiday-good-friday-provision = Rok koji se završava u subotu, nedelju, na zakonski praznik, Veliki petak ili 24. decembar završava se prvog narednog dana koji nije nijedan od tih dana.
holiday-easter-monday-name = Uskršnji ponedeljak
holiday-labour-day-name = Praznik rada
holiday-ascension-name = Vaznesenje Gospodnje
holiday-whit-monday-name = Duhovski ponedeljak
holiday-corpus-christi-name = Telovo
holiday-assumption-name = Uznesenje Bogorodice (Velika Gospojina)
holiday-national-day-name = Nacionalni praznik
holiday-all-saints-name = Svi sveti
holiday-immaculate-conception-name = Bezgrešno začeće
holiday-christmas-eve-name = Badnji dan
holiday-christmas-eve-provision = Rok koji se završava u subotu, nedelju, na zakonski praznik, Veliki petak ili 24. decembar završava se prvog narednog dana koji nije nijedan od tih dana.
holiday-christmas-name = Božić
holiday-st-stephen-name = Sveti Stefan (drugi dan Božića)
