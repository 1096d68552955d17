# Law words, nl: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Algemeen erkende feestdagen zijn Nieuwjaarsdag, Tweede Paasdag, Tweede Pinksterdag, beide Kerstdagen, Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd, en 5 mei.
calendar-incomplete = Bij koninklijk besluit met feestdagen gelijkgestelde dagen (Atw art. 3(3)) zijn gecodeerd voor 2023–2028, de jaren van de besluiten waarvan de lijsten zijn gevonden.
holiday-new-year-name = Nieuwjaarsdag
holiday-good-friday-name = Goede Vrijdag
holiday-good-friday-provision = Goede Vrijdag wordt voor de toepassing van de wet gelijkgesteld met de algemeen erkende feestdagen.
holiday-easter-monday-name = Tweede Paasdag
holiday-queens-day-name = Koninginnedag
holiday-queens-day-provision = De verjaardag van de Koning (Koningin) werd tot en met 2013 op 30 april gevierd.
holiday-kings-day-name = Koningsdag
holiday-kings-day-provision = Vanaf 1 januari 2014 is 27 april Koningsdag, behalve wanneer die dag op een zondag valt: dan wordt hij op de dag ervoor gevierd.
holiday-liberation-day-name = Bevrijdingsdag
holiday-liberation-day-provision = 5 mei is voor de toepassing van de wet elk jaar een algemeen erkende feestdag.
holiday-ascension-name = Hemelvaartsdag
holiday-whit-monday-name = Tweede Pinksterdag
holiday-christmas-name = Eerste Kerstdag
holiday-boxing-day-name = Tweede Kerstdag
holiday-equated-days-name = Met een feestdag gelijkgestelde dag
holiday-equated-days-provision = De Kroon kan bij besluit verdere dagen met feestdagen gelijkstellen; de besluiten voor 2023–2025 en 2026–2028 stellen de vermelde dagen gelijk. Bekend uit de titels van de besluiten; de teksten ervan zijn niet gelezen.
