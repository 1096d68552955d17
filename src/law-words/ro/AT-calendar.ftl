# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Sărbători: 1 și 6 ianuarie, a doua zi de Paști, 1 mai, Înălțarea Domnului, a doua zi de Rusalii, Corpus Christi, 15 august, 26 octombrie, 1 noiembrie, 8, 25 și 26 decembrie.
calendar-incomplete = Nu s-a stabilit de când § 33(2) AVG menționează 24 decembrie (după 2007; în vigoare cel târziu în iulie 2023) și Vinerea Mare (menționată cel târziu în 2004), așa că aceste zile sunt omise înainte de 2023, respectiv înainte de 2004.
holiday-new-year-name = Anul Nou
holiday-epiphany-name = Boboteaza
holiday-good-friday-name = Vinerea Mare
holiday-good-friday-provision = Un termen care expiră într-o sâmbătă, duminică, sărbătoare legală, în Vinerea Mare sau la 24 decembrie expiră în următoarea zi care nu este niciuna dintre acestea.
holiday-easter-monday-name = A doua zi de Paști
holiday-labour-day-name = Ziua Muncii
holiday-ascension-name = Înălțarea Domnului
holiday-whit-monday-name = A doua zi de Rusalii
holiday-corpus-christi-name = Corpus Christi
holiday-assumption-name = Adormirea Maicii Domnului
holiday-national-day-name = Ziua Națională
holiday-all-saints-name = Ziua Tuturor Sfinților
holiday-immaculate-conception-name = Neprihănita Zămislire
holiday-christmas-eve-name = Ajunul Crăciunului
holiday-christmas-eve-provision = Un termen care expiră într-o sâmbătă, duminică, sărbătoare legală, în Vinerea Mare sau la 24 decembrie expiră în următoarea zi care nu este niciuna dintre acestea.
holiday-christmas-name = Crăciunul
holiday-st-stephen-name = A doua zi de Crăciun (Sfântul Ștefan)
