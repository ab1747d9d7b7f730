# ---- (B) sizes of exercises in data/events.csv ----

# Rubezh-2004
s1 = S('x', '', '', '', '', 'https://armeniandiaspora.com/forum/2004/august-2004/7486-russia-allies-hold-anti-terror-war-games-in-central-asia', '', '')
size('ev_20040101_exercise', 2000, 'planned', 'assault aircraft', s1,
     "In the second 'active' phase the exercise will be held in\nKyrghyzistan from August 4 to 6 with the involvement of over 2,000\ntroops and assault aircraft drawn from Russia, Kazakhstan,\nKyrghyzistan and Tajikistan.".replace('\n', ' '),
     '', '"Over 2,000" troops for the active phase; PTI of 2 Aug 2004 (first day), future tense. Disagrees with CACI (about 1,700, after the event). Line breaks of the forum repost removed in the quote.')
s2 = S('x', '', '', '', '', 'http://cacianalyst.org/publications/field-reports/item/9250-field-reports-caci-analyst-2004-8-25-art-9250.html', '', '')
size('ev_20040101_exercise', 1700, 'reported', 'Su-25 and MiG-29 aircraft, Mi-8MTV, Mi-24 and Black Shark helicopters (no counts)', s2,
     'Together, about 1,700 CRRF troops out of the organization’s total of 4,500 were involved in the exercises.',
     '', '"About 1,700" (CACI Analyst, 25 Aug 2004, after the event). Disagrees with PTI (over 2,000, planned).')
# Rubezh-2005
s = S('x', '', '', '', '', 'https://armeniandiaspora.com/forum/2005/april-2005/22525-anti-terror-war-games-in-tajikistan-start-with-firing-exercises?p=22525', '', '')
size('ev_20050402_exercise_tjk', 1000, 'planned', 'about 300 pieces of military equipment; Russian warplanes from Kant', s,
     '"Over 1,000 servicemen of the Collective Rapid Deployment Force in Central Asia will be involved in the training. They will be using about 300 pieces of military equipment," the general said.',
     '', '"Over 1,000" for the live-fire phase of 5 April; said on 4 April (exercise under way since 2 April) by Lt-Gen Zavgorodniy (Interfax-AVN), future tense, so coded planned.')
# Rubezh-2006
s = S('x', '', '', '', '', 'https://www.asiaplustj.info/en/news/tajikistan/20060821/tajik-sub-unit-arrives-kazakhstan-take-part-war-game-dubbed-rubezh-2006', '', '')
size('ev_20060824_exercise_kaz', 2500, 'planned', '60 tanks and armoured personnel carriers, 50 guns and mortars, 35 aircraft', s,
     'Besides, 2,500 servicemen, the war game in Kazakhstan also will involve 60 tanks and armored personnel carriers, 50 canons and mortars, and 35 aircraft of Russian and Kazakh Air Forces, according to the source.',
     '', 'Tajik MoD via Asia-Plus, 21 Aug 2006 (before the 24 Aug start); "about 2,500" earlier in the same item.')
# Rubezh-2008
s = S('x', '', '', '', '', 'https://armeniandiaspora.com/forum/2008/july-2008/136896-former-soviet-states-boost-defense-capability-in-joint-drills', '', '')
size('ev_20080722_exercise_arm', 4000, 'planned', '', s,
     'About 4,000 troops from Armenia, Russia and Tajikistan will take part in the four-stage military exercise on territory of Armenia and Russia during the summer and fall.',
     '', '"About 4,000" for all four stages (RIA Novosti, 22 Jul 2008, opening day).')
# Interaction-2009
s = S('x', '', '', '', '', 'https://armenianclub.com/2009/10/06/post-soviet-states-to-hold-military-drills-in-kazakhstan', '', '')
size('ev_20090101_exercise_kaz', 7000, 'planned', '', s,
     'Over 7,000 service personnel from member states of the Collective Security Treaty Organization (CSTO) will take part in large-scale regional security drills in Kazakhstan, the Russian military said on Thursday.'.replace('\n', ' '),
     '', '"Over 7,000" (RIA Novosti, 1 Oct 2009, the day before the start). Line breaks of the repost removed in the quote.')
s = S('x', '', '', '', '', 'https://en.inform.kz/news/russia-s-medvedev-to-attend-csto-military-drills-in-kazakhstan_a2205124/', '', '')
size('ev_20090101_exercise_kaz', 7000, 'reported', '', s,
     "The Collective Rapid Reaction Force of the Collective Security Treaty Organization (CSTO) began the two-week exercise at Kazakhstan's Matybulak training grounds on October 2, with more than 7,000 personnel from Kazakhstan, Kyrgyzstan, Russia and Tajikistan taking part.",
     '', '"More than 7,000" (Kazinform citing RIA Novosti, 16 Oct 2009, during the exercise). Tengrinews (existing source) says Tajikistan sent only observers; the figure is the agencies\'.')
s = S('ex21_wikinews_20090831_interaction2009', 'Основные цели и задачи первого этапа Совместного комплексного учения ОДКБ выполнены',
      'Викиновости (citing Russian media)', '2009-08-31', 'day',
      'https://ru.wikinews.org/wiki/%D0%9E%D1%81%D0%BD%D0%BE%D0%B2%D0%BD%D1%8B%D0%B5_%D1%86%D0%B5%D0%BB%D0%B8_%D0%B8_%D0%B7%D0%B0%D0%B4%D0%B0%D1%87%D0%B8_%D0%BF%D0%B5%D1%80%D0%B2%D0%BE%D0%B3%D0%BE_%D1%8D%D1%82%D0%B0%D0%BF%D0%B0_%D0%A1%D0%BE%D0%B2%D0%BC%D0%B5%D1%81%D1%82%D0%BD%D0%BE%D0%B3%D0%BE_%D0%BA%D0%BE%D0%BC%D0%BF%D0%BB%D0%B5%D0%BA%D1%81%D0%BD%D0%BE%D0%B3%D0%BE_%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D1%8F_%D0%9E%D0%94%D0%9A%D0%91_%D0%B2%D1%8B%D0%BF%D0%BE%D0%BB%D0%BD%D0%B5%D0%BD%D1%8B',
      '', 'reference', 'Wikinews item (CC BY) summarising Russian media; not a permanent link (oldid not known).')
size('ev_20090101_exercise_kaz', 7000, 'planned', '120 tanks, over 200 infantry fighting vehicles and armoured personnel carriers, over 40 aircraft and helicopters', s,
     'Второй и третий этапы учений пройдут в Белоруссии с 19 по 28 сентября и в Казахстане - со 2 по 15 октября. К учениям будут привлечены до 7 тыс. военнослужащих, 120 танков, более 200 БМП и БТР, а также более 40 самолетов и вертолетов, передают российские СМИ.',
     'The second and third stages will be held in Belarus on 19-28 September and in Kazakhstan on 2-15 October. Up to 7,000 servicemen, 120 tanks, more than 200 IFVs and APCs and more than 40 aircraft and helicopters will be involved, Russian media report.',
     '"Up to 7,000", for the second (Belarus) and third (Kazakhstan) stages together, so not the Kazakh stage alone. Weak source (Wikinews summary).')
# Rubezh-2010
s = S('x', '', '', '', '', 'https://www.ca-news.info/2010/03/02/75', '', '')
size('ev_20100422_exercise_tjk', 600, 'planned', '', s,
     'В учениях "Рубеж-2010" примут участие в общей сложности около 600 военнослужащих четырех стран ОДКБ.',
     'In all, about 600 servicemen of four CSTO countries will take part in the Rubezh-2010 exercise.',
     '"About 600" (ITAR-TASS via Xinhua, 1-2 March 2010). Disagrees with the reports of over / some 1,000.')
s = S('x', '', '', '', '', 'https://asiaplustj.info/en/news/tajikistan/20100426/csto-anti-terror-drill-closes-sughd-today', '', '')
size('ev_20100422_exercise_tjk', 1000, 'reported', 'military materiel (no count)', s,
     'The source at the Tajik Ministry of Defense (MoD) says the exercise’s final phase is involving more 1,000 military personnel from Tajikistan, Kazakhstan, Kyrgyzstan and Russia and military materiel.',
     '', '"More [than] 1,000" in the final phase (Asia-Plus, 26 Apr 2010, the last day).')
s = S('ex21_rferl_2010_rubezh2010_end', 'CSTO Rapid-Reaction Forces End Exercises In Tajikistan', 'RFE/RL', '2010-04-01', 'month',
      'https://www.rferl.org/a/CSTO_RapidReaction_Forces_End_Exercises_In_Tajikistan/2026156.html',
      'https://rferl.org/amp/CSTO_RapidReaction_Forces_End_Exercises_In_Tajikistan/2026156.html', 'newspaper',
      'AMP copy read; canonical address derived from it. Day of publication not in the excerpt (after the end of Boundary 2010, April 2010).')
size('ev_20100422_exercise_tjk', 1000, 'reported', '', s,
     "The Collective Security Treaty Organization's (CSTO) war games, called Boundary 2010, involved some 1,000 soldiers and military officers fighting an imagined group of 100 armed militants based in a remote village.",
     '', '"Some 1,000" (RFE/RL Tajik Service, after the exercise).')
# Interaction-2012
s = S('x', '', '', '', '', 'https://www.asiaplustj.info/en/news/tajikistan/security/20120915/csto-joint-military-exercise-launched-armenia', '', '')
size('ev_20120915_exercise_arm', 2000, 'reported', '', s,
     'the exercise that will last till September 19 has involved military units and special operations groups of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan, as well as representatives from the International Committee for the Red Cross (ICRC) and international observers from the United Nations, the OSCE and the CIS, totaling some 2,000 people.',
     '', '"Some 2,000 people", including ICRC representatives and international observers (Asia-Plus citing the Russian MoD, 15 Sep 2012, first day).')
# Indestructible Brotherhood-2012
s = S('x', '', '', '', '', 'https://kazembro.kz/?p=622&lang=en', '', '')
size('ev_20121008_exercise_kaz', 1000, 'reported', '', s,
     'Up to 1,000 troops from Armenia, Belarus, Kazakhstan, Kyrgzstan, Russia and Tajikistan are involved.',
     '', '"Up to 1,000" (Kazakh embassy site, opening day 8 Oct 2012).')
# Rubezh-2012
s = S('x', '', '', '', '', 'https://chel.aif.ru/society/army/1208450', '', '')
size('ev_20120802_exercise_rus', 1000, 'reported', 'Russia: a motor-rifle battalion with a T-72B tank company, a Nona-SVK battery and an Akatsiya battalion', s,
     'Напомним, учения «Рубеж» проходят на полигоне «Чебаркуль» раз в два года. В 2012 году в них приняли участие более тысячи военнослужащих. Россию представляли мотострелковый батальон с танковой ротой на Т-72Б, артиллерийская батарея «Нона-СВК» и дивизион «Ака',
     'Rubezh exercises are held at the Chebarkul range every two years. In 2012 more than a thousand servicemen took part. Russia was represented by a motor-rifle battalion with a T-72B tank company, a Nona-SVK artillery battery and an Akatsiya battalion.',
     '"More than a thousand", stated in retrospect by AiF-Chelyabinsk (15 Jul 2014). The excerpt breaks off at "Ака[ция]".')
# IB-2015
s = S('x', '', '', '', '', 'http://old.news.tj/en/news/csto-peacekeeping-exercise-starts-armenia', '', '')
size('ev_20150930_exercise_arm', 600, 'reported', 'about 50 vehicles, including helicopters and unmanned aerial vehicles', s,
     'The exercise has reportedly gathered about 600 personnel, about 50 vehicles, including helicopters and unmanned aerial vehicles.',
     '', '"About 600" (Asia-Plus, 1 Oct 2015, during the exercise). TASS (30 Sep) gives only the Russian contingent: 100 troops and 10 items.')
# Search-2016
s = S('x', '', '', '', '', 'https://asiaplus.news/?p=206393', '', '')
size('ev_20160418_exercise_tjk', 1500, 'reported', '', s,
     '1,500 servicemen from CSTO member states Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan are reportedly taking part in the exercise that was launched on April 18 and will conclude on April 22.',
     '', 'Asia-Plus, 21 Apr 2016, during the exercise.')
# Search-2017
s = S('x', '', '', '', '', 'https://asiaplus.news/en/news/tajikistan/security/20171004/operational-group-of-tajik-armed-forces-general-staff-participate-in-international-drill-in-russia', '', '')
size('ev_20171003_exercise_rus', 1000, 'reported', '', s,
     'Southern Military District Forces Commander Alexander Dvornikov is in overall command of the drill that involves more than 1,000 servicemen.',
     '', '"More than 1,000" (Asia-Plus citing the Tajik MoD, 4 Oct 2017, during the exercise).')
# Rubezh-2021
s = S('x', '', '', '', '', 'https://24.kg/obschestvo/206572_napoligone_edelveys_sostoyalsya_zaklyuchitelnyiy_etap_ucheniy_rubej-2021/', '', '')
size('ev_20210907_exercise_kgz', 1000, 'reported', '150 items of military and special equipment, incl. Su-30SM fighters, Su-25 attack aircraft, Mi-8 helicopters, Orlan-10 drones', s,
     '«Всего более тысячи человек и 150 единиц военной и специальной техники, в том числе авиация — истребители Су-30СМ, штурмовики Су-25, вертолеты Ми-8 и беспилотные летательные аппараты «Орлан-10», — говорится в сообщении.',
     '"In all, more than a thousand people and 150 units of military and special equipment, including aviation: Su-30SM fighters, Su-25 attack aircraft, Mi-8 helicopters and Orlan-10 drones," the statement says.',
     '"More than a thousand" (Kyrgyz MoD via 24.kg, 9 Sep 2021, final stage).')
# Rubezh-2025
s = S('x', '', '', '', '', 'https://news.ru/world/v-ssha-i-obse-sledili-za-hodom-voennyh-uchenij-rubezh-2025', '', '')
size('ev_20250101_exercise_kgz', 1200, 'reported', '500 items of military and special equipment', s,
     'В учениях принимали участие военные из Казахстана, Киргизии, России, Таджикистана, а также оперативные группы Объединенного штаба и секретариата ОДКБ. Общая численность участников составила 1 200 человек и 500 единиц военной и специальной техники.',
     'Servicemen from Kazakhstan, Kyrgyzstan, Russia and Tajikistan and operational groups of the CSTO Joint Staff and Secretariat took part. The total was 1,200 people and 500 units of military and special equipment.',
     'News.ru citing TASS, 20 Sep 2025, after the final stage. The same figure ("about 1,200" and 500) was given at the opening on 17 Sep (24.kg; Inforos).')
# Interaction/Search/Echelon-2025
s = S('ex21_newsru_20250831_interaction2025', 'В Белоруссии официально начались учения ОДКБ', 'News.ru', '2025-08-31', 'day',
      'https://news.ru/cis/v-belorussii-oficialno-nachalis-ucheniya-odkb', '', 'newspaper', 'Citing the Belarusian MoD press service; opening day.')
size('ev_20250901_exercise_blr', 2000, 'reported', 'over 70 drones; 450 weapons and equipment items, incl. 9 aircraft and helicopters', s,
     'В учениях задействованы более двух тысяч военнослужащих, более 70 дронов, а также 450 единиц вооружения и техники, включая девять самолетов и вертолетов.',
     'More than two thousand servicemen, more than 70 drones and 450 units of weapons and equipment, including nine aircraft and helicopters, are involved in the exercises.',
     '"More than two thousand" (opening day, 31 Aug 2025); all three exercises together.')
# Rubezh-2024
s = S('x', '', '', '', '', 'https://tass.com/defense/1857283', '', '')
size('ev_20241014_exercise_tjk', 1500, 'reported', '250 items (of equipment; the excerpt breaks off after "items")', s,
     'The exercise involves the military contingents of Kazakhstan, Kyrgyzstan, Russia and Tajikistan and operational groups of the CSTO Joint Staff and Secretariat. The Russian military contingent largely comprises the personnel of the Central Military District from the 201st military base stationed in Tajikistan. The exercise has brought together about 1,500 troops and 250 items',
     '', '"About 1,500" (TASS, 17 Oct 2024, start of the active phase).')
# Rubezh-2022
s = S('x', '', '', '', '', 'https://en.trend.az/casia/tajikistan/3659286.html', '', '')
size('ev_20221010_exercise_tjk', 1000, 'planned', 'more than 300 items of military and special hardware such as planes, helicopters and drones', s,
     'As many as 1,000 servicemen, and more than 300 items of military and special hardware such as planes, helicopters and drones, are planned to take part in the maneuvers.',
     '', 'Trend citing TASS, 17 Oct 2022 (start of the active phase); "are planned".')
# Interaction/Search/Echelon-2024
s = S('x', '', '', '', '', 'https://menafn.com/1108648167/CSTO-Exercises-Commenced-In-Kyrgyzstan-With-Armenia-Opting-Out-Of-Participation', '', '')
size('ev_20240907_exercise_kgz', 1500, 'reported', 'over 200 pieces of military equipment, around 10 aviation units', s,
     'More than 1,500 servicemen from CSTO member states are participating in the exercises, which also include over 200 pieces of military equipment and around 10 aviation units.',
     '', '"More than 1,500" (Azernews via MENAFN, 7 Sep 2024, opening; line breaks of the repost removed). The same figure in today.az and news.az. The first pass noted an aggregator figure of over 5,000, not seen here.')
# Indestructible Brotherhood-2024
s = S('ex21_4esnok_20241001_ib2024', 'Белорусские военные на учениях ОДКБ в Казахстане отработают миротворческую операцию', '4esnok.by', '2024-10-01', 'day',
      'https://4esnok.by/novosti/belorusskie-voennye-na-ucheniyah-odkb-v-kazahstane-otrabotajut-mirotvorcheskuju-operaciju', '', 'newspaper',
      'Date from the text ("во вторник, 1 октября", start of the active phase); citing the Belarusian MoD Telegram channel.')
size('ev_20240926_exercise_kaz', 2000, 'reported', '500 (units; the excerpt breaks off after "500")', s,
     'В общей сложности в учениях участвуют более двух тысяч военнослужащих, задействованы 500',
     'In all, more than two thousand servicemen are taking part in the exercise, and 500 [units] are involved',
     '"More than two thousand" (1 Oct 2024, active phase). The equipment noun is cut off in the excerpt read.')
# Indestructible Brotherhood-2023
s = S('x', '', '', '', '', 'https://dzen.ru/a/ZSo4900Y7Caqy9mg', '', '')
size('ev_20231009_exercise_kgz', 1500, 'reported', 'over 200 items of military and special equipment, incl. Mi-8, Mi-17, Mi-24 helicopters, Su-25, Su-30, Il-76 aircraft, drones and combat boats', s,
     'В киргизских учениях приняло участие около 1500 военнослужащих, были задействованы свыше 200 единиц военной и специальной техники, в том числе вертолеты Ми-8, Ми-17, Ми-24, самолеты Су-25, Су-30 и Ил-76, БПЛА и боевые катера.',
     'About 1,500 servicemen took part in the exercise in Kyrgyzstan; over 200 items of military and special equipment were used, including Mi-8, Mi-17 and Mi-24 helicopters, Su-25, Su-30 and Il-76 aircraft, drones and combat boats.',
     '"About 1,500" (after the end on 13 Oct 2023). Weak source: a Dzen post whose publisher is not identified.')
# Combat Brotherhood-2023 (Belarus)
s = S('ex21_tass_20230901_cb2023', 'PREVIEW: Exercises of CSTO Collective Force to begin in Belarus', 'TASS', '2023-09-01', 'day',
      'https://tass.com/defense/1668403', '', 'news_agency')
size('ev_20230901_exercise_blr', 2500, 'planned', 'over 500 units of military and special hardware', s,
     'In line with previous agreements, the exercises will be attended by troops from Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Overall, a total of 2,500 servicemen and over 500 units of military and special hardware will take part.',
     '', 'Preview on the opening day (1 Sep 2023); all five Belarus exercises (Interaction, Search, Echelon, Barrier, Rock/Skala-2023). Sputnik (same day) says "over 2,500 ... expected".')
# Interaction/Search/Echelon-2022
s = S('x', '', '', '', '', 'http://inozpress.kg/en/10094-2/', '', '')
size('ev_20220926_exercise_kaz', 6500, 'planned', 'over 850 units of military and special equipment', s,
     '“It is planned that the total number of participants in the exercises in Kazakhstan will be more than 6,500 people and over 850 units of military and special equipment,” the CSTO said.',
     '', '"More than 6,500" (CSTO press service via Inozpress, 28 Sep 2022, two days after the start; "it is planned"). Euro Weekly News (27 Sep) gives the same figures, incl. aircraft, helicopters and UAVs.')
# Interaction/Search/Echelon-2021
s = S('x', '', '', '', '', 'https://tass.com/defense/1350801', '', '')
size('ev_20211018_exercise_tjk', 4000, 'reported', 'more than 500 items of military hardware', s,
     'Overall, the drills have brought together over 4,000 troops and more than 500 items of military hardware.',
     '', '"Over 4,000" (TASS citing the CSTO website, opening day 18 Oct 2021). Same in TASS 23 Oct (4,000 and over 500) and, in retrospect, Asia-Plus 15 Apr 2022 ("over 4,000").')
s = S('x', '', '', '', '', 'https://asiaplustj.info/en/news/tajikistan/security/20211006/russia-led-csto-to-hold-three-military-drills-in-tajikistan-this-month', '', '')
size('ev_20211018_exercise_tjk', 4000, 'planned', '800 pieces of military hardware', s,
     'A source at a MoD says the military exercise will involve more than 4,000 military personnel and 800 pieces of military hardware of the CSTO member nations.',
     '', 'Tajik MoD source, 6 Oct 2021 (plan). Equipment disagrees with the reports (over 500 items).')
s = S('ex21_tass_20211007_echelon2021', 'Special drills with over 500 military personnel of the logistical support units of the CSTO to be held in Tajikistan (title not in the excerpt read)',
      'TASS', '2021-10-07', 'day', 'https://tass.com/defense/1346925', '', 'news_agency')
size('ev_20211018_exercise_tjk', 2700, 'planned', 'over 500 pieces of equipment', s,
     'Lieutenant-General Alexander Lapin, stated that in October, three joint exercises with the military contingents of the CSTO member states will be held on the territory of the Republic of Tajikistan, near Afghanistan’s border: "Interaction", "Poisk" and "Echelon", which will involve more than 2,700 military personnel and over 500 pieces of equipment.',
     '', '"More than 2,700" (Lapin, plan, quoted by TASS 7 Oct 2021); disagrees with the 4,000 reported at the opening. The same item: Echelon-2021 alone over 500 logistics personnel, over 400 of them from the 201st base.')
# Interaction-2019
s = S('x', '', '', '', '', 'https://tass.com/defense/1083457', '', '')
size('ev_20191016_exercise_rus', 3000, 'reported', 'over 300 weapon systems', s,
     'The drills are being held under the command of Russia’s Western Military District Commander Colonel-General Alexander Zhuravlyov. The exercise involves about 3,000 troops and over 300 weapon systems.',
     '', '"About 3,000" (TASS, opening day 16 Oct 2019).')
# Interaction-2015
s = S('x', '', '', '', '', 'https://en.inform.kz/amp/csto-post-soviet-security-bloc-begins-drill-in-russia_a2810448/', '', '')
size('ev_20150823_exercise_rus', 2000, 'planned', 'over 200 pieces of armour, about 40 aircraft and helicopters', s,
     'The manoeuvres will involve about 2,000 troops, over 200 pieces of the armour and about 40 aircraft and helicopters of military transport and army aviation.',
     '', '"About 2,000" (Kazinform citing TASS, 24 Aug 2015, the day after the opening; future tense). Russia: about 1,000 paratroopers of two units (Shamanov, same item).')
# Interaction-2016
s = S('x', '', '', '', '', 'http://en.ctv.by/en/1471359119-csto-joint-exercise-interaction-2016-starts-in-russias-pskov-region', '', '')
size('ev_20160816_exercise_rus', 6000, 'planned', 'up to 1,000 military vehicles', s,
     'All in all, about 6,000 troops and up to 1,000 military vehicles will partake.',
     '', '"About 6,000" (Belarusian CTV, 16 Aug 2016, at the start). The second pass noted TSN (citing Polish Radio) with the same 6,000.')
# Indestructible Brotherhood-2018
s = S('x', '', '', '', '', 'https://eng.khovar.tj/2018/10/tajikistan-military-taking-part-in-csto-exercise-unbreakable-brotherhood-2018', '', '')
size('ev_20181030_exercise_rus', 1300, 'reported', '300 pieces of military hardware, 20 aircraft incl. UAVs', s,
     'The Unbreakable Brotherhood-2018 drills involve about 1,300 troops, 300 pieces of military hardware and 20 various aircraft, including unmanned aerial vehicles.',
     '', '"About 1,300" (Khovar citing TASS, 31 Oct 2018, during). Global Times (30 Oct, citing Zvezda) gives the same 1,300 / 300 / 20.')
# Indestructible Brotherhood-2013
s = S('x', '', '', '', '', 'https://armyrecognition.com/october_2013_defense_industry_military_news_uk/peacekeeping_drills_for_the_csto_collective_security_treaty_organization_0810136.html', '', '')
size('ev_20131007_exercise_rus', 2500, 'reported', 'more than 500 units of military hardware', s,
     'The drills, dubbed Unbreakable Brotherhood 2013, involve over 2,500 servicemen and more than 500 units of military hardware from Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
     '', '"Over 2,500" (Army Recognition citing the Central Military District, 8 Oct 2013, during).')
# Indestructible Brotherhood-2020
s = S('ex21_tvr_2020_ib2020_end', 'В Беларуси завершилось миротворческое учение "Нерушимое братство - 2020"', 'Белтелерадиокомпания (tvr.by)', '2020-10-01', 'month',
      'https://www.tvr.by/news/obshchestvo/v_belarusi_zavershilos_mirotvorcheskoe_uchenie_nerushimoe_bratstvo_2020/', '', 'newspaper',
      'Day of publication not in the excerpt; "накануне" завершилось, i.e. published the day after the end (16 Oct 2020 per the plan).')
size('ev_20201012_exercise_blr', 900, 'reported', 'over 120 items of equipment, incl. drones and aircraft', s,
     'Всего же в учении на полигоне Лосвидо приняли участие более 900 человек, свыше 120 единиц техники, в том числе беспилотники и авиация.',
     'In all, more than 900 people and over 120 items of equipment, including drones and aircraft, took part in the exercise at the Losvido range.',
     '"More than 900" (after the end). Mir 24 says about a thousand soldiers and 120 items; the RT video via masress says over 900 and 120.')
s = S('ex21_espreso_20201011_ib2020', '"Нерушимое братство": завтра начинаются совместные военные учения России и Беларуси', 'Espreso.TV', '2020-10-11', 'day',
      'https://ru.espreso.tv/news/2020/10/11/quotnerushymoe_bratstvoquot_zavtra_nachynayutsya_sovmestnye_voennye_uchenyya_rossyy_y_belarusy',
      'https://ru.espreso.tv/news/2020/10/11/quotnerushymoe_bratstvoquot_zavtra_nachynayutsya_sovmestnye_voennye_uchenyya_rossyy_y_belarusy?amp', 'newspaper',
      'AMP copy read; canonical address derived from it. Citing the Belarusian MoD.')
size('ev_20201012_exercise_blr', 700, 'planned', 'more than 100 items of military and special equipment, incl. helicopters and UAVs', s,
     'По данным Минобороны Беларуси, всего в учениях примут участие более 700 человек и более 100 единиц военной и специальной техники, в том числе вертолеты и БПЛА.',
     'According to the Belarusian MoD, in all more than 700 people and more than 100 items of military and special equipment, including helicopters and UAVs, will take part in the exercise.',
     'Plan (the day before the start). Disagrees with the reported "more than 900".')
# Indestructible Brotherhood-2021
s = S('x', '', '', '', '', 'https://realnoevremya.ru/news/231252--uchenie-mirotvorcheskih-sil-odkb-nachalos-v-tatarstane', '', '')
size('ev_20211108_exercise_rus', 1800, 'reported', 'up to 300 weapons, incl. 8 Mi-8 and Mi-24 helicopters and two Su-34 fighter-bombers', s,
     'Всего в учениях задействовали около 1,8 тысячи человек, представляющих вооруженные силы и правоохранительные органы стран ОДКБ, а также до 300 единиц вооружения, в том числе 8 вертолетов Ми-8 и Ми-24 и два многофункциональных истребителя-бомбардировщика Су-34.',
     'In all, about 1,800 people from the armed forces and law-enforcement agencies of the CSTO countries and up to 300 weapons, including 8 Mi-8 and Mi-24 helicopters and two Su-34 multirole fighter-bombers, are involved in the exercise.',
     '"About 1,800" (Realnoe Vremya citing Interfax, opening day 8 Nov 2021). BelTA (same day) also gives about 1,800; Armenpress/TASS via armenieinfo gives "more than 1,700" and over 300 weapons.')
# Search-2019
s = S('x', '', '', '', '', 'https://tass.com/defense/1083277', '', '')
size('ev_20191014_exercise_blr', 2000, 'reported', '250 weapon systems, incl. aircraft', s,
     '"Such drills are being held in Belarus for the first time. They involve about 2,000 troops and 250 weapon systems, including aircraft," Deputy Chief of the Belarusian General Staff for Combat Control Igor Korol said.',
     '', '"About 2,000" (TASS, 15 Oct 2019, during). TASS of 14 Oct gives "around 2,000" and "over 250".')
# Search-2018
s = S('x', '', '', '', '', 'https://en.inform.kz/amp/csto-exercise-for-recon-units-poisk-2018-begins-in-kazakhstan_a3407303/', '', '')
size('ev_20181001_exercise_kaz', 3000, 'reported', 'over 500 units of equipment, incl. aviation and reconnaissance systems', s,
     'Over 3,000 military personnel and over 500 units of equipment, including aviation and reconnaissance systems, have been deployed for the exercise.',
     '', '"Over 3,000" (Kazinform citing BelTA, 2 Oct 2018, during).')
# Echelon-2020
s = S('ex21_tass_20200817_echelon2020', 'Some 1,000 servicemen take part in the Echelon-2020 special military drills (title not in the excerpt read)', 'TASS', '2020-08-17', 'day',
      'https://tass.com/defense/1190361', '', 'news_agency', 'The English item calls the organization "OSCE" throughout (an error for CSTO).')
size('ev_20200817_exercise_rus', 1000, 'reported', 'about 250 vehicles', s,
     'The exercises, led by Lieutenant General Viktor Voronov, the District’s deputy commander on material and technical supply, involve about 1,000 servicemen from OSCE member states and about 250 vehicles.',
     '', '"About 1,000" (TASS citing the Southern Military District, opening day 17 Aug 2020). "OSCE" in the quote is TASS\'s error for CSTO.')
# Rubezh-2016
s = S('x', '', '', '', '', 'http://24.kg/archive/en/news-stall/182153-news24.html/', '', '')
size('ev_20161004_exercise_kgz', 1000, 'planned', 'several hundred automobile and armoured vehicles; army, operational-tactical and military transport aircraft', s,
     'The drills will involve more than one thousand soldiers, several hundred units of automobile and armored vehicles, also it\'s planned to use army, operational-tactical and military transport aircrafts.',
     '', '"More than one thousand" (CSTO press service via 24.kg, before the exercise).')
s = S('ex21_theasian_2016_rubezh2016', 'Post-Soviet military bloc to hold drills in three member states in 2017', 'TASS', '2016-10-01', 'month',
      'http://theasian.asia/archives/96649', 'http://theasian.asia/archives/96649', 'news_agency',
      'Repost of a TASS item (Sidorov, 7 Oct 2016) on The AsiaN; original TASS address not found. Day of publication not in the excerpt.')
size('ev_20161004_exercise_kgz', 1000, 'reported', '', s,
     'The CSTO’s joint tactical maneuvers Rubezh-2016 have ended on the territory of Kyrgyzstan on Friday. The drills involved over 1,000 troops f',
     '', '"Over 1,000" (after the end; the excerpt breaks off at "f[rom]"). Also confirms Rubezh-2016 was held and ended on Friday (7 Oct 2016).')
# Interaction-2014
s = S('x', '', '', '', '', 'https://tass.com/world/745486', '', '')
size('ev_20140818_exercise_kaz', 3000, 'reported', '200 military vehicles, some 30 combat jets and helicopters', s,
     'Along with 3,000 personnel, the drills also involve 200 military vehicles and some 30 combat jets and helicopters.',
     '', 'ITAR-TASS, opening day 18 Aug 2014; the lead says "up to 3,000". Tengrinews (plan, 10 Aug) said more than 3,000, over 200 vehicles, around 30 aircraft.')
# Indestructible Brotherhood-2016
s = S('x', '', '', '', '', 'https://www.geopolitica.ru/en/agenda/indestructible-brotherhood-2016-military-exercises-begin-belarus', '', '')
size('ev_20160823_exercise_blr', 1000, 'reported', 'more than 500 units of aircraft, armoured vehicles and automotive equipment', s,
     '1,000 soldiers and officers of the armed forces, internal forces and law enforcement agencies from all six countries are participating along with more than 500 units of aircraft, armored vehicles and automotive equipment.',
     '', 'Geopolitica.ru (English), at the start (Aug 2016); read at the address with "?page=1".')
# Indestructible Brotherhood-2014
s = S('ex21_centrasia_20140801_ib2014', 'Учения в Кыргызстане: ОДКБ готова отразить любые угрозы', 'CentrAsia (repost; original publisher not identified)', '2014-08-01', 'day',
      'https://centrasia.org/newsA.php?st=1406892240', 'https://centrasia.org/newsA.php?st=1406892240', 'newspaper',
      'Aggregator repost dated 01.08.2014 15:24; the original outlet is not named in the excerpt read.')
size('ev_20140729_exercise_kgz', 700, 'reported', '', s,
     'В нашу республику прибыли силовые подразделения из всех государств-членов Организации Договора о коллективной безопасности. Всего свыше 700 человек.',
     'Security units from all member states of the Collective Security Treaty Organization arrived in our republic. In all, more than 700 people.',
     '"Over 700" (1 Aug 2014, last day). Weak source (aggregator repost).')
# Interaction-2017
s = S('x', '', '', '', '', 'https://news.am/eng/news/415166.html', '', '')
size('ev_20171009_exercise_arm', 2500, 'reported', 'close to 500 items of equipment, 25 aircraft', s,
     'About 2,500 military servicemen, close to 500 equipment, and 25 flying devices were involved in these maneuvers, which had started on Monday.',
     '', '"About 2,500" (News.am, 13 Oct 2017, at the end). Russian contingent alone: over 800 servicemen and some 200 items (Interfax, 9 Oct 2017).')
# Rubezh-2014
s = S('ex21_yekatnews_2014_rubezh2014', 'Military forces gather in Chelyabinsk region for Rubezh Frontier "war games"', 'ITAR-TASS (via yekaterinburgnews.com)', '2014-07-01', 'month',
      'https://yekaterinburgnews.com/stories/510539726-newsinator-military-forces-gather-in-chelyabinsk-region-for-rubezh-frontier-war-games',
      'https://yekaterinburgnews.com/stories/510539726-newsinator-military-forces-gather-in-chelyabinsk-region-for-rubezh-frontier-war-games', 'news_agency',
      'Aggregator retelling of an ITAR-TASS report on the opening (15 July 2014); original address not found; the page shows the date "Sunday, June 17, 2018", not the date of the report, so July 2014 is from the event.')
size('ev_20140701_exercise_rus', 1000, 'planned', '', s,
     'More than 1,000 soldiers will participate in the games this year.',
     '', '"More than 1,000" (opening, future tense). Weak source (aggregator). The same page says Armenian and Belarusian representatives attended as observers.')
# Cobalt-2022
s = S('x', '', '', '', '', 'https://bigasia.ru/content/news/society/v-kirgizii-zavershilis-takticheskie-ucheniya-kobalt-2022/', '', '')
size('ev_20220802_exercise_kgz', 500, 'reported', '20 items of special equipment, incl. UAVs', s,
     'В учениях в общей сложности были задействованы около 500 военнослужащих и 20 единиц спецтехники, включая беспилотные летательные аппараты.',
     'In all, about 500 servicemen and 20 items of special equipment, including UAVs, were involved in the exercise.',
     '"About 500" (TASS via Big Asia, 5 Aug 2022, after the final stage). Vecher.kz quotes Secretary General Zas: "more than 500 people" and over 20 items.')
# Cobalt-2018
s = S('x', '', '', '', '', 'https://news.rambler.ru/troops/39914840-v-kazahstane-zavershilas-aktivnaya-faza-taktiko-spetsialnyh-ucheniy-odkb-kobalt-2018/', '', '')
size('ev_20180520_exercise_kaz', 700, 'reported', 'over 70 combat and special vehicles, up to 5 aircraft, over 500 small arms and artillery weapons, UAVs', s,
     '"В масштабных маневрах было задействовано более 700 военнослужащих, свыше 70 единиц боевой и специальной техники, а также до пяти единиц авиационной техники, более 500 единиц стрелкового и артиллерийского оружия.',
     '"More than 700 servicemen, over 70 items of combat and special equipment, up to five aircraft and more than 500 small arms and artillery weapons were involved in the large-scale manoeuvres.',
     '"More than 700" (TASS citing the CSTO Secretariat, 23 May 2018, after the active phase).')
# Indestructible Brotherhood-2019
s = S('ex21_newshay_2019_ib2019', 'В Таджикистане военные стран ОДКБ отработают миротворческую операцию', 'RIA Novosti (via newshay.com)', '2019-10-01', 'month',
      'https://newshay.com/v-tadzhikistane-voennye-stran-odkb-otrabotayut-mirotvorcheskuyu-operaciyu',
      'https://newshay.com/v-tadzhikistane-voennye-stran-odkb-otrabotayut-mirotvorcheskuyu-operaciyu', 'news_agency',
      'Repost of a RIA Novosti item citing the Central Military District (published before the final stage on Monday 28 Oct 2019); original RIA address not found.')
size('ev_20190101_exercise_tjk', 3500, 'reported', '', s,
     'В совместных учениях коллективных сил быстрого развертывания Центрально-Азиатского региона и коллективных миротворческих сил ОДКБ «Нерушимое братство-2019», проходящих с 21 по 29 октября, принимают участие более 3,5 тысячи военнослужащих Таджикистана, Киргизии, Белоруссии, Армении, Казахстана и России.',
     'More than 3,500 servicemen of Tajikistan, Kyrgyzstan, Belarus, Armenia, Kazakhstan and Russia are taking part in the joint exercise of the CRDF of the Central Asian region and the CSTO collective peacekeeping forces "Indestructible Brotherhood-2019", held on 21-29 October.',
     '"More than 3,500", during the exercise; the figure covers the CRDF and the peacekeeping forces together. An Ittiloot preview gave "more than 2,000" for the final phase (not cited).')
# Indestructible Brotherhood-2025 (with Barrier-2025)
s = S('ex21_newsby_20251024_ib2025', 'В учениях ОДКБ в Таджикистане было задействовано 1,5 тыс. человек', 'News.by (Belarus TV)', '2025-10-24', 'day',
      'https://news.by/news/v_mire/v-ucheniyakh-odkb-v-tadzhikistane-bylo-zadeystvovano-1-5-tys-chelovek', '', 'newspaper')
size('ev_20250101_exercise_tjk', 1500, 'reported', '200 items of equipment, 20 drones', s,
     'Всего же было задействовано 1,5 тыс. человек, 200 единиц техники и 20 беспилотников.',
     'In all, 1,500 people, 200 items of equipment and 20 drones were involved.',
     'After the final stage (24 Oct 2025). The figure covers Indestructible Brotherhood-2025 and Barrier-2025 together (row ev_20251020_exercise_tjk; not repeated there to avoid double counting), and the final stage was combined with the CIS Commonwealth-Antiterror-2025. TASS (tass.ru, 24 Oct) also gives about 1,500; News.by of 20 Oct: about 1,500, over 200 items incl. 6 helicopters and over 20 UAVs.')
s = S('x', '', '', '', '', 'https://tass.com/defense/1670515', '', '')
size('ev_20230901_exercise_blr', 2500, 'reported', 'more than 500 pieces of military and special equipment', s,
     'Contingents from Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan are taking part in the events. The CSTO also includes Armenia. In all, more than 2,500 servicemen and more than 500 pieces of military and special equipment are involved in the drills.',
     '', '"More than 2,500" (TASS from the Brest range, 6 Sep 2023, last day); all five Belarus exercises together.')
# Interaction-2010
s = S('x', '', '', '', '', 'https://ria.ru/20101025/289260722.html', '', '')
size('ev_20101025_exercise_rus', 1700, 'planned', '270 items of combat equipment', s,
     'В нынешних маневрах примут участие около 1,7 тысячи военнослужащих и 270 единиц боевой техники.',
     'About 1,700 servicemen and 270 items of combat equipment will take part in the current manoeuvres.',
     '"About 1,700" (RIA Novosti from the range, 25 Oct 2010, future tense; read at the address with "?chat_room_id=289260722"). Earlier plans said about 2,000 (BelTA, 20 May 2010; Novy Region: about 2,000 and over 300 items).')
# Cobalt-2016
s = S('x', '', '', '', '', 'https://korrespondent.net/amp/3687190-u-virmenii-rozpochalysia-navchannia-za-uchastui-sylovykiv-rf', '', '')
size('ev_20160524_exercise_arm', 500, 'reported', '', s,
     'В учениях принимают участие около 500 человек из делегаций всех стран-участниц ОДКБ.',
     'About 500 people from the delegations of all CSTO member states are taking part in the exercise.',
     '"About 500" (Korrespondent.net citing Armenpress, opening day 24 May 2016).')
s = S('ex21_khovar_20211018_cb2021', 'Today CSTO Collective Forces Begin Training Near the Afghan Border', 'Khovar (NIAT)', '2021-10-18', 'day',
      'https://eng.khovar.tj/2021/10/today-csto-collective-forces-begin-training-near-the-afghan-border/', '', 'news_agency')
size('ev_20211018_exercise_tjk', 5000, 'planned', '700 weapons incl. over 650 armoured vehicles, up to 20 aircraft (Su-24MR, Su-25), over 20 Mi-8MTV and Mi-24 helicopters, 15 UAVs', s,
     'Earlier, the head of the CSTO Joint Staff, Colonel-General Anatoly Sidorov said that more than 5,000 people would take part in the trainings Combat Brotherhood — 2021 with the involvement of 700 units of weapons, including more than 650 units of armored vehicles, up to 20 aircrafts, such as the Su-24MR and Su-25, over 20 Mi-8MTV and Mi-24 helicopters, as well as 15 unmanned aerial vehicles.',
     '', 'Earlier plan by Sidorov (date not given), for "the trainings Combat Brotherhood-2021"; the same Khovar item says the three trainings started with 4,000 personnel and more than 500 items. A CounterVortex post (not cited) also says "some 5,000 troops". Disagrees with TASS (over 4,000 reported).')
# Interaction-2013
s = S('x', '', '', '', '', 'https://knews.kg/2013/09/14/kyirgyizstan-primet-uchastie-v-ucheniyah-ksor-odkb-vzaimodeystvie-2013-v-belarusi', '', '')
size('ev_20130919_exercise_blr', 600, 'planned', '', s,
     'Общая численность привлекаемых воинских контингентов и оперативных групп из Армении, Беларуси, Казахстана, Кыргызстана, России и Таджикистана — более 600 человек, в том числе подразделения 31-й десантно-штурмовой бригады ВДВ России из Ульяновска',
     'The total strength of the contingents and operational groups from Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan is more than 600 people, including units of the Russian 31st air assault brigade from Ulyanovsk',
     '"More than 600" (CSTO site via Knews, 14 Sep 2013, plan); the sentence goes on to name the Kazakh 37th air assault brigade and the Belarusian 103rd mobile brigade. The event itself is still unconfirmed (the second pass found no report).')
s = S('x', '', '', '', '', 'https://it.sputniknews.com/20181010/csto-esercitazione-militare-congiunta-6612561.html', '', '')
size('ev_20181009_exercise_kgz', 1600, 'planned', 'over 250 vehicles, incl. 30 aircraft and helicopters', s,
     "All'esercitazione militare Vzaimodeystvie 2018 (Cooperazione 2018) parteciperanno oltre 1600 soldati da Armenia, Bielorussia, Kazakistan, Kirghizistan, Russia e Tagikistan. A questi si uniranno oltre 250 mezzi, tra cui 30 aerei ed elicotteri.",
     'More than 1,600 soldiers from Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan will take part in the Interaction-2018 (Cooperation-2018) exercise. They will be joined by more than 250 vehicles, including 30 aircraft and helicopters.',
     '"Over 1,600" (Sputnik Italia, 10 Oct 2018, first day of the active phase; future tense). A June 2018 plan (TASS reposted on a defence.az tag page, 7 Jun 2018; not cited) spoke of about 2,500 Russian servicemen and more than 500 items from the Central Military District alone, which disagrees.')
