# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Sărbători legale, în afară de duminici: 1 ianuarie, 6 ianuarie, a doua zi de Paști, 25 aprilie, 1 mai, 2 iunie (Festa della Repubblica, din nou la data sa din 2001), 15 august, 4 octombrie (din 2026), 1 noiembrie, 8 decembrie, 25 și 26 decembrie. Sfântul Iosif, Înălțarea Domnului, Corpus Christi, Sfinții Petru și Pavel și 4 noiembrie rămân în lista tipărită de la art. 2, dar și-au pierdut efectele civile în 1977; 4 noiembrie și (1977–2000) 2 iunie au fost mutate într-o duminică.
calendar-incomplete = Ziua sfântului patron al fiecărei comune (Roma 29 iunie, Milano 7 decembrie …) este sărbătoare locală și niciuna nu este codificată.
holiday-new-year-name = Anul Nou
holiday-epiphany-name = Boboteaza
holiday-easter-monday-name = A doua zi de Paști
holiday-liberation-day-name = Ziua Eliberării
holiday-labour-day-name = Ziua Muncii
holiday-republic-day-name = Ziua Republicii
holiday-assumption-name = Adormirea Maicii Domnului
holiday-st-francis-name = Sfântul Francisc de Assisi, ocrotitorul Italiei
holiday-st-francis-provision = Instituie sărbătoarea națională a Sfântului Francisc de Assisi la 4 octombrie în fiecare an și o introduce în lista sărbătorilor de la art. 2 L. 260/1949; în vigoare de la 1 ianuarie 2026.
holiday-all-saints-name = Ziua Tuturor Sfinților
holiday-immaculate-conception-name = Neprihănita Zămislire
holiday-christmas-name = Crăciunul
holiday-st-stephen-name = A doua zi de Crăciun (Sfântul Ștefan)
holiday-unification-150-name = A 150-a aniversare a Unificării Italiei
holiday-unification-150-provision = Numai pentru 2011, 17 martie este sărbătoare legală (giorno festivo) în temeiul art. 2 și 4 L. 260/1949.
