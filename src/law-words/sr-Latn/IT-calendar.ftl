# Law words, sr-Latn: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Državni praznici pored nedelja: 1. januar, 6. januar, Uskršnji ponedeljak, 25. april, 1. maj, 2. jun (Festa della Repubblica, ponovo na svoj datum od 2001), 15. avgust, 4. oktobar (od 2026), 1. novembar, 8. decembar, 25. i 26. decembar. Sveti Josif, Vaznesenje Gospodnje, Telovo, Sveti Petar i Pavle i 4. novembar ostaju na odštampanom spisku iz art. 2, ali su 1977. izgubili građanskopravno dejstvo; 4. novembar i (1977–2000) 2. jun pomereni su na nedelju.
calendar-incomplete = Dan sveca zaštitnika svake opštine (Rim 29. jun, Milano 7. decembar …) lokalni je praznik i nijedan nije unet u sistem.
holiday-new-year-name = Nova godina
holiday-epiphany-name = Bogojavljenje (Sveta tri kralja)
holiday-easter-monday-name = Uskršnji ponedeljak
holiday-liberation-day-name = Dan oslobođenja
holiday-labour-day-name = Praznik rada
holiday-republic-day-name = Dan Republike
holiday-assumption-name = Uznesenje Bogorodice (Velika Gospojina)
holiday-st-francis-name = Sveti Franja Asiški, zaštitnik Italije
holiday-st-francis-provision = Uvodi nacionalni praznik Svetog Franje Asiškog 4. oktobra svake godine i unosi ga u spisak praznika iz art. 2 L. 260/1949; na snazi od 1. januara 2026.
holiday-all-saints-name = Svi sveti
holiday-immaculate-conception-name = Bezgrešno začeće
holiday-christmas-name = Božić
holiday-st-stephen-name = Sveti Stefan (drugi dan Božića)
holiday-unification-150-name = 150. godišnjica ujedinjenja Italije
holiday-unification-150-provision = Samo za 2011. godinu, 17. mart je državni praznik (giorno festivo) prema arts 2 i 4 L. 260/1949.
