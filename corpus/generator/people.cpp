// Name cultures. Every combination of these names is fictional; the phone patterns use ranges
// reserved for fiction (555, Ofcom's 020 7946 0xxx and 07700 900xxx).
#include "people.hpp"

#include <algorithm>
#include <vector>

namespace cvdex::gen {
namespace {

using sv = std::string_view;

constexpr sv en_given[] = {"Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Emily", "Thomas", "Grace",
                           "Daniel", "Chloe", "Samuel", "Hannah", "Joseph", "Lucy", "Matthew", "Sophie", "Owen",
                           "Megan", "Rhys", "Bethan", "Callum", "Eilidh", "Liam", "Niamh", "Ethan", "Madison",
                           "Tyler", "Brooke", "Nathan", "Abigail", "Connor", "Kayla", "Marcus", "Jasmine"};
constexpr sv en_family[] = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                            "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
                            "Jackson", "Clarke", "Pryce-Jones", "O'Neill", "MacLeod", "Fitzgerald", "Hughes",
                            "Whitfield", "Ashworth", "Coleman", "Harrington", "Kavanagh", "Sutherland", "Bennett",
                            "Marsh", "Holloway", "Pemberton", "Lockhart"};
constexpr Place en_places[] = {{"London", "United Kingdom"}, {"Manchester", "United Kingdom"},
                               {"Bristol", "United Kingdom"}, {"Edinburgh", "United Kingdom"},
                               {"Leeds", "United Kingdom"}, {"Cardiff", "United Kingdom"},
                               {"Glasgow", "United Kingdom"}, {"Cambridge", "United Kingdom"},
                               {"Belfast", "United Kingdom"}, {"Brighton", "United Kingdom"}};

constexpr sv us_given[] = {"James", "Olivia", "Michael", "Emma", "William", "Sophia", "Benjamin", "Mia", "Lucas",
                           "Harper", "Elijah", "Evelyn", "Mason", "Abigail", "Logan", "Ella", "Aiden", "Scarlett",
                           "Carter", "Aaliyah", "Jayden", "Zoe", "Dylan", "Riley", "Caleb", "Savannah", "Isaiah",
                           "Brianna", "Hunter", "Destiny"};
constexpr sv us_family[] = {"Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thomas", "Moore",
                            "Martin", "Lee", "Perez", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Young",
                            "Allen", "King", "Scott", "Nguyen", "Hill", "Flores", "Adams", "Baker", "Nelson",
                            "Carter", "Mitchell", "Washington", "Goldberg", "Kowalczyk", "Reyes"};
constexpr Place us_places[] = {{"Seattle", "USA"}, {"Austin", "USA"}, {"Boston", "USA"}, {"Chicago", "USA"},
                               {"Denver", "USA"}, {"Atlanta", "USA"}, {"Portland", "USA"}, {"Pittsburgh", "USA"},
                               {"Raleigh", "USA"}, {"Minneapolis", "USA"}, {"San Diego", "USA"},
                               {"Philadelphia", "USA"}};

constexpr sv ie_given[] = {"Tomás", "Siobhán", "Seán", "Aoife", "Cian", "Róisín", "Darragh", "Saoirse", "Oisín",
                           "Clodagh", "Pádraig", "Caoimhe", "Eoin", "Gráinne", "Ciarán", "Orla", "Diarmuid", "Áine"};
constexpr sv ie_family[] = {"Ó Briain", "Ní Mhurchú", "Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan",
                            "O'Connor", "Ó Súilleabháin", "McCarthy", "Doyle", "Mac Giolla", "Lynch", "Ní Bhriain",
                            "Quinlan", "Gallagher", "Ó Dónaill"};
constexpr Place ie_places[] = {{"Dublin", "Ireland"}, {"Cork", "Ireland"}, {"Galway", "Ireland"},
                               {"Limerick", "Ireland"}, {"Waterford", "Ireland"}};

constexpr sv de_given[] = {"Jürgen", "Käthe", "Lukas", "Anna", "Maximilian", "Lea", "Jonas", "Sophie", "Felix",
                           "Marie", "Tobias", "Lena", "Moritz", "Jana", "Sebastian", "Annika", "Björn", "Jörg",
                           "Günther", "Hanna", "Florian", "Franziska", "Matthias", "Katrin", "Dominik", "Sören",
                           "Ulrike", "Niklas", "Mareike", "Bärbel"};
constexpr sv de_family[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                            "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
                            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
                            "Hartmann", "Lange", "Köhler", "Großmann", "Weiß", "Jäger", "Vogelsang", "Brückner",
                            "Löwenthal"};
constexpr Place de_places[] = {{"Berlin", "Germany"}, {"Hamburg", "Germany"}, {"München", "Germany"},
                               {"Köln", "Germany"}, {"Frankfurt am Main", "Germany"}, {"Stuttgart", "Germany"},
                               {"Leipzig", "Germany"}, {"Dresden", "Germany"}, {"Düsseldorf", "Germany"},
                               {"Nürnberg", "Germany"}, {"Wien", "Austria"}, {"Zürich", "Switzerland"}};

constexpr sv fr_given[] = {"Hélène", "Léa", "Théo", "Chloé", "Gaël", "Mathéo", "Élodie", "Jérôme", "Anaïs",
                           "François", "Zoé", "Loïc", "Céline", "Benoît", "Margaux", "Clément", "Inès",
                           "Raphaël", "Maëlle", "Aurélien", "Noémie", "Thibault", "Solène", "Hervé"};
constexpr sv fr_family[] = {"Dubois", "Lefèvre", "Martin", "Bernard", "Durand", "Lefebvre", "Moreau", "Laurent",
                            "Girard", "Rousseau", "Mercier", "Fontaine", "Chevalier", "Gauthier", "Faure",
                            "Lemaître", "Bérenger", "Dubois-Lefèvre", "Perrin", "Masson", "Boucher", "Lacroix",
                            "Clément", "Benoît"};
constexpr Place fr_places[] = {{"Paris", "France"}, {"Lyon", "France"}, {"Toulouse", "France"},
                               {"Nantes", "France"}, {"Bordeaux", "France"}, {"Lille", "France"},
                               {"Grenoble", "France"}, {"Montpellier", "France"}, {"Rennes", "France"},
                               {"Bruxelles", "Belgium"}, {"Genève", "Switzerland"}, {"Montréal", "Canada"}};

constexpr sv es_given[] = {"José", "María", "Alejandro", "Lucía", "Javier", "Sofía", "Álvaro", "Martina",
                           "Sergio", "Ximena", "Andrés", "Paula", "Íñigo", "Carmen", "Raúl", "Nerea", "Joaquín",
                           "Valentina", "Rubén", "Mónica", "Ángel", "Begoña", "Iñaki", "Guadalupe"};
constexpr sv es_family[] = {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
                            "Pérez", "Gómez", "Jiménez", "Núñez", "Ibáñez", "Muñoz", "Álvarez", "Romero",
                            "Castaño", "Ortiz", "Rubio", "Molina", "Domínguez", "Peña", "Vázquez", "Ibáñez Rocha",
                            "Cortés"};
constexpr Place es_places[] = {{"Madrid", "Spain"}, {"Barcelona", "Spain"}, {"Valencia", "Spain"},
                               {"Sevilla", "Spain"}, {"Bilbao", "Spain"}, {"Málaga", "Spain"},
                               {"Zaragoza", "Spain"}, {"Ciudad de México", "Mexico"}, {"Santiago de Chile", "Chile"},
                               {"Bogotá", "Colombia"}, {"Buenos Aires", "Argentina"}, {"Lima", "Peru"}};

constexpr sv pl_given[] = {"Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Krzysztof", "Katarzyna", "Michał",
                           "Joanna", "Wojciech", "Zofia", "Grzegorz", "Ewa", "Piotr", "Magdalena", "Tomasz",
                           "Dorota", "Jędrzej", "Bożena", "Przemysław", "Aleksandra"};
constexpr sv pl_family[] = {"Wójcik", "Kowalski", "Nowak", "Wiśniewski", "Kamińska", "Lewandowski", "Zieliński",
                            "Szymańska", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowska", "Mazur", "Krawczyk",
                            "Piotrowski", "Grabowska", "Pawłowski", "Michalska", "Żurek", "Sęk"};
constexpr Place pl_places[] = {{"Warszawa", "Poland"}, {"Kraków", "Poland"}, {"Wrocław", "Poland"},
                               {"Gdańsk", "Poland"}, {"Poznań", "Poland"}, {"Łódź", "Poland"},
                               {"Katowice", "Poland"}};

constexpr sv ru_given[] = {"Aleksey", "Yekaterina", "Dmitri", "Anastasia", "Sergei", "Olga", "Mikhail", "Natalia",
                           "Ivan", "Tatiana", "Nikolai", "Svetlana", "Andrei", "Yulia", "Pavel", "Irina", "Artem",
                           "Daria", "Oleksandr", "Oksana", "Bohdan", "Kateryna"};
constexpr sv ru_family[] = {"Ivanov", "Smirnova", "Kuznetsov", "Popova", "Vorontsov", "Sokolova", "Lebedev",
                            "Kozlova", "Novikov", "Morozova", "Petrov", "Volkova", "Solovyov", "Vasilieva",
                            "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Zaitsev", "Orlova"};
constexpr Place ru_places[] = {{"Moscow", "Russia"}, {"Saint Petersburg", "Russia"}, {"Novosibirsk", "Russia"},
                               {"Kazan", "Russia"}, {"Kyiv", "Ukraine"}, {"Lviv", "Ukraine"}, {"Kharkiv", "Ukraine"},
                               {"Minsk", "Belarus"}, {"Almaty", "Kazakhstan"}, {"Tbilisi", "Georgia"},
                               {"Yerevan", "Armenia"}};

constexpr sv ru_cyrl_given[] = {"Алексей", "Екатерина", "Дмитрий", "Анастасия", "Сергей", "Ольга", "Михаил",
                                "Наталья", "Иван", "Татьяна", "Николай", "Светлана", "Андрей", "Юлия", "Павел",
                                "Ирина", "Артём", "Дарья", "Георгий", "Полина"};
constexpr sv ru_cyrl_family[] = {"Иванов", "Смирнова", "Кузнецов", "Попова", "Воронцов", "Соколова", "Лебедев",
                                 "Козлова", "Новиков", "Морозова", "Петров", "Волкова", "Соловьёв", "Васильева",
                                 "Зайцев", "Орлова", "Белов", "Фёдорова", "Медведев", "Киселёва"};
constexpr Place ru_cyrl_places[] = {{"Москва", "Россия"}, {"Санкт-Петербург", "Россия"},
                                    {"Новосибирск", "Россия"}, {"Екатеринбург", "Россия"}, {"Казань", "Россия"},
                                    {"Самара", "Россия"}, {"Нижний Новгород", "Россия"}, {"Томск", "Россия"}};

constexpr sv ja_given[] = {"Haruto", "Yui", "Sota", "Misaki", "Ren", "Aoi", "Takumi", "Sakura", "Kenta", "Yuna",
                           "Daiki", "Hina", "Shota", "Riko", "Yuto", "Mei", "Kaito", "Nanami", "Hiroshi",
                           "Ayaka"};
constexpr sv ja_family[] = {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                            "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
                            "Kimura", "Hayashi", "Shimizu", "Ōno"};
constexpr Place ja_places[] = {{"Tokyo", "Japan"}, {"Osaka", "Japan"}, {"Fukuoka", "Japan"},
                               {"Yokohama", "Japan"}, {"Kyoto", "Japan"}, {"Sapporo", "Japan"},
                               {"Nagoya", "Japan"}};

constexpr sv ja_native_given[] = {"美咲", "陽翔", "結衣", "蒼", "さくら", "健太", "葵", "大輝", "七海", "拓海"};
constexpr sv ja_native_family[] = {"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"};
constexpr Place ja_native_places[] = {{"東京都世田谷区", "日本"}, {"大阪府大阪市", "日本"}, {"福岡県福岡市", "日本"},
                                      {"神奈川県横浜市", "日本"}, {"京都府京都市", "日本"}};

constexpr sv zh_given[] = {"Wei", "Fang", "Xiaoming", "Jing", "Hao", "Li Na", "Jun", "Mei-Ling", "Zhiwei",
                           "Yan", "Chen", "Xiu Ying", "Lei", "Ting", "Yifan", "Qian", "Bo", "Shu-fen"};
constexpr sv zh_family[] = {"Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                            "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Chua"};
constexpr Place zh_places[] = {{"Shanghai", "China"}, {"Shenzhen", "China"}, {"Hangzhou", "China"},
                               {"Beijing", "China"}, {"Chengdu", "China"}, {"Taipei", "Taiwan"},
                               {"Singapore", "Singapore"}, {"Hong Kong", "China"}};

constexpr sv in_given[] = {"Priya", "Arjun", "Ananya", "Rohan", "Divya", "Vikram", "Lakshmi", "Karthik", "Sneha",
                           "Aditya", "Meera", "Siddharth", "Kavya", "Rahul", "Pooja", "Suresh", "Deepika",
                           "Venkatesh", "Aishwarya", "Harpreet", "Gurpreet", "Nikhil", "Shreya", "Abhishek"};
constexpr sv in_family[] = {"Raghunathan", "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Krishnan",
                            "Menon", "Singh", "Chatterjee", "Banerjee", "Kulkarni", "Deshpande", "Subramanian",
                            "Agarwal", "Mehta", "Pillai", "Joshi", "Rao", "Bhattacharya", "Venkataraman"};
constexpr Place in_places[] = {{"Bengaluru", "India"}, {"Hyderabad", "India"}, {"Pune", "India"},
                               {"Chennai", "India"}, {"Mumbai", "India"}, {"Gurugram", "India"},
                               {"Kolkata", "India"}, {"Noida", "India"}, {"Kochi", "India"},
                               {"Ahmedabad", "India"}};

constexpr sv ng_given[] = {"Chinedu", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Ifeanyi",
                           "Chiamaka", "Babatunde", "Yetunde", "Obinna", "Amaka", "Segun", "Zainab", "Olumide",
                           "Nneka", "Kelechi", "Aisha", "Temitope"};
constexpr sv ng_family[] = {"Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Ogunleye",
                            "Okoro", "Abubakar", "Chukwu", "Afolabi", "Olawale", "Nwachukwu", "Bello", "Ibrahim",
                            "Onyeka", "Adeleke"};
constexpr Place ng_places[] = {{"Lagos", "Nigeria"}, {"Abuja", "Nigeria"}, {"Enugu", "Nigeria"},
                               {"Ibadan", "Nigeria"}, {"Port Harcourt", "Nigeria"}, {"Kano", "Nigeria"}};

constexpr sv gh_given[] = {"Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwabena", "Efua", "Wanjiru",
                           "Otieno", "Achieng", "Kamau", "Njeri", "Baraka", "Amani", "Zawadi"};
constexpr sv gh_family[] = {"Asante", "Mensah", "Boateng", "Owusu", "Asante-Boateng", "Appiah", "Darko", "Osei",
                            "Kariuki", "Odhiambo", "Mwangi", "Wanjala", "Kiptoo", "Njoroge", "Achieng", "Mutua"};
constexpr Place gh_places[] = {{"Accra", "Ghana"}, {"Kumasi", "Ghana"}, {"Nairobi", "Kenya"},
                               {"Mombasa", "Kenya"}, {"Kampala", "Uganda"}, {"Kigali", "Rwanda"}};

constexpr sv br_given[] = {"João", "Ana", "Mateus", "Luíza", "Gabriel", "Júlia", "Thiago", "Beatriz", "Rafael",
                           "Letícia", "Caio", "Camila", "Vinícius", "Larissa", "Otávio", "Fernanda", "Conceição",
                           "Sebastião"};
constexpr sv br_family[] = {"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho Ribeiro", "Lima",
                            "Gonçalves", "Araújo", "Rocha", "Conceição", "Magalhães", "Assunção", "Brandão",
                            "Figueiredo", "Guimarães", "Nogueira", "Falcão"};
constexpr Place br_places[] = {{"São Paulo", "Brazil"}, {"Rio de Janeiro", "Brazil"}, {"Belo Horizonte", "Brazil"},
                               {"Porto Alegre", "Brazil"}, {"Recife", "Brazil"}, {"Florianópolis", "Brazil"},
                               {"Curitiba", "Brazil"}, {"Lisbon", "Portugal"}, {"Porto", "Portugal"}};

constexpr sv vn_given[] = {"Lan", "Minh", "Thảo", "Hùng", "Phương", "Tuấn", "Hương", "Dũng", "Linh", "Quân",
                           "Ngọc", "Đức"};
constexpr sv vn_family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"};
constexpr Place vn_places[] = {{"Ho Chi Minh City", "Vietnam"}, {"Hà Nội", "Vietnam"}, {"Đà Nẵng", "Vietnam"}};

constexpr sv tr_given[] = {"Çağla", "Emre", "Şeyma", "Burak", "Gökhan", "Elif", "Oğuz", "Büşra", "İlker",
                           "Zeynep", "Barış", "Ayşe"};
constexpr sv tr_family[] = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
                            "Arslan", "Doğan", "Kılıç"};
constexpr Place tr_places[] = {{"İstanbul", "Turkey"}, {"Ankara", "Turkey"}, {"İzmir", "Turkey"},
                               {"Bursa", "Turkey"}};

constexpr sv ar_given[] = {"Omar", "Fatima Zahra", "Youssef", "Layla", "Karim", "Nour", "Tarek", "Salma",
                           "Hassan", "Mariam", "Khaled", "Yasmine", "Amr", "Rania"};
constexpr sv ar_family[] = {"El Amrani", "Haddad", "Mansour", "Khalil", "Nasser", "El-Sayed", "Benali",
                            "Farouk", "Saleh", "Abdelrahman", "Aziz", "Bennani", "Hamdan", "Qasim"};
constexpr Place ar_places[] = {{"Cairo", "Egypt"}, {"Alexandria", "Egypt"}, {"Casablanca", "Morocco"},
                               {"Rabat", "Morocco"}, {"Amman", "Jordan"}, {"Dubai", "UAE"}, {"Tunis", "Tunisia"},
                               {"Beirut", "Lebanon"}};

constexpr sv kr_given[] = {"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Ye-jin",
                           "Hyun-woo", "Ji-woo"};
constexpr sv kr_family[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"};
constexpr Place kr_places[] = {{"Seoul", "South Korea"}, {"Busan", "South Korea"}, {"Pangyo", "South Korea"},
                               {"Daejeon", "South Korea"}};

constexpr sv nordic_given[] = {"Søren", "Åsa", "Bjørn", "Ingrid", "Mikael", "Sigrid", "Jørgen", "Maja", "Lars",
                               "Astrid", "Henrik", "Freja", "Eero", "Aino", "Jonas", "Linnéa"};
constexpr sv nordic_family[] = {"Kjærgaard", "Lindqvist", "Hansen", "Johansson", "Andersson", "Nieminen",
                                "Virtanen", "Sørensen", "Berg", "Holm", "Lindström", "Mäkinen", "Dahl",
                                "Ødegaard"};
constexpr Place nordic_places[] = {{"Copenhagen", "Denmark"}, {"Aarhus", "Denmark"}, {"Stockholm", "Sweden"},
                                   {"Göteborg", "Sweden"}, {"Oslo", "Norway"}, {"Bergen", "Norway"},
                                   {"Helsinki", "Finland"}, {"Tampere", "Finland"}};

constexpr sv it_given[] = {"Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Niccolò", "Federica",
                           "Andrea", "Martina", "Gianluca", "Ilaria", "Tommaso"};
constexpr sv it_family[] = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
                            "Marino", "Greco", "De Luca", "Fabbri"};
constexpr Place it_places[] = {{"Milano", "Italy"}, {"Roma", "Italy"}, {"Torino", "Italy"}, {"Bologna", "Italy"},
                               {"Firenze", "Italy"}};

constexpr sv nl_given[] = {"Sanne", "Daan", "Lotte", "Bram", "Femke", "Sem", "Eline", "Thijs", "Anouk", "Joost",
                           "Maaike", "Ruben"};
constexpr sv nl_family[] = {"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
                            "de Boer", "Mulder", "van Dijk", "Vermeulen", "van der Linden"};
constexpr Place nl_places[] = {{"Amsterdam", "Netherlands"}, {"Rotterdam", "Netherlands"},
                               {"Utrecht", "Netherlands"}, {"Eindhoven", "Netherlands"}, {"Antwerpen", "Belgium"}};

template <typename T, std::size_t N>
constexpr std::span<const T> all(const T (&items)[N]) {
    return {items, N};
}

const Culture culture_table[] = {
    {"en-gb", all(en_given), all(en_family), all(en_places), "+44 20 7946 0###", Locale::en, false, Region::uk, 14},
    {"en-us", all(us_given), all(us_family), all(us_places), "+1 555 01##", Locale::en, false, Region::us, 14},
    {"ga", all(ie_given), all(ie_family), all(ie_places), "+353 1 555 0###", Locale::en, false, Region::ie, 3},
    {"de", all(de_given), all(de_family), all(de_places), "+49 30 5550 ####", Locale::de, false, Region::de, 8},
    {"fr", all(fr_given), all(fr_family), all(fr_places), "+33 4 55 50 ## ##", Locale::fr, false, Region::fr, 6},
    {"es", all(es_given), all(es_family), all(es_places), "+34 91 555 ## ##", Locale::es, false, Region::es, 6},
    {"pl", all(pl_given), all(pl_family), all(pl_places), "+48 22 555 ## ##", Locale::en, false, Region::pl, 4},
    {"ru-latn", all(ru_given), all(ru_family), all(ru_places), "+7 495 555-##-##", Locale::en, false, Region::ru, 4},
    {"ru-cyrl", all(ru_cyrl_given), all(ru_cyrl_family), all(ru_cyrl_places), "+7 495 555-##-##", Locale::ru, true,
     Region::ru, 3},
    {"ja-latn", all(ja_given), all(ja_family), all(ja_places), "+81 3 5555 ####", Locale::en, false, Region::jp, 3},
    {"ja-jpan", all(ja_native_given), all(ja_native_family), all(ja_native_places), "03-5555-####", Locale::ja, true,
     Region::jp, 1},
    {"zh", all(zh_given), all(zh_family), all(zh_places), "+86 21 5555 ####", Locale::en, true, Region::cn, 5},
    {"in", all(in_given), all(in_family), all(in_places), "+91 80 5555 ####", Locale::en, false, Region::in, 9},
    {"ng", all(ng_given), all(ng_family), all(ng_places), "+234 1 555 0###", Locale::en, false, Region::ng, 4},
    {"gh-ke", all(gh_given), all(gh_family), all(gh_places), "+233 30 555 0###", Locale::en, false, Region::gh, 2},
    {"br", all(br_given), all(br_family), all(br_places), "+55 11 5550-####", Locale::en, false, Region::br, 4},
    {"vi", all(vn_given), all(vn_family), all(vn_places), "+84 28 5555 0###", Locale::en, true, Region::vn, 2},
    {"tr", all(tr_given), all(tr_family), all(tr_places), "+90 212 555 ## ##", Locale::en, false, Region::tr, 2},
    {"ar", all(ar_given), all(ar_family), all(ar_places), "+20 2 5550 ####", Locale::en, false, Region::eg, 3},
    {"ko", all(kr_given), all(kr_family), all(kr_places), "+82 2 555 ####", Locale::en, false, Region::kr, 2},
    {"nordic", all(nordic_given), all(nordic_family), all(nordic_places), "+45 55 50 ## ##", Locale::en, false,
     Region::nordic, 3},
    {"it", all(it_given), all(it_family), all(it_places), "+39 02 5555 ####", Locale::en, false, Region::it, 2},
    {"nl", all(nl_given), all(nl_family), all(nl_places), "+31 20 555 ####", Locale::en, false, Region::nl, 2},
};

struct Fold {
    char32_t code;
    const char* ascii;
};

// Sorted by code point.
constexpr Fold folds[] = {
    {U'ß', "ss"}, {U'à', "a"}, {U'á', "a"}, {U'â', "a"}, {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"},
    {U'ç', "c"}, {U'è', "e"}, {U'é', "e"}, {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"}, {U'î', "i"},
    {U'ï', "i"}, {U'ñ', "n"}, {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"}, {U'ö', "o"}, {U'ø', "o"},
    {U'ù', "u"}, {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"}, {U'ā', "a"}, {U'ă', "a"}, {U'ą', "a"},
    {U'ć', "c"}, {U'č', "c"}, {U'đ', "d"}, {U'ē', "e"}, {U'ę', "e"}, {U'ě', "e"}, {U'ğ', "g"}, {U'ī', "i"},
    {U'ı', "i"}, {U'ł', "l"}, {U'ń', "n"}, {U'ň', "n"}, {U'ō', "o"}, {U'ő', "o"}, {U'œ', "oe"}, {U'ř', "r"},
    {U'ś', "s"}, {U'ş', "s"}, {U'š', "s"}, {U'ū', "u"}, {U'ů', "u"}, {U'ź', "z"}, {U'ż', "z"}, {U'ž', "z"},
    {U'ơ', "o"}, {U'ư', "u"}, {U'а', "a"}, {U'б', "b"}, {U'в', "v"}, {U'г', "g"}, {U'д', "d"}, {U'е', "e"},
    {U'ж', "zh"}, {U'з', "z"}, {U'и', "i"}, {U'й', "i"}, {U'к', "k"}, {U'л', "l"}, {U'м', "m"}, {U'н', "n"},
    {U'о', "o"}, {U'п', "p"}, {U'р', "r"}, {U'с', "s"}, {U'т', "t"}, {U'у', "u"}, {U'ф', "f"}, {U'х', "kh"},
    {U'ц', "ts"}, {U'ч', "ch"}, {U'ш', "sh"}, {U'щ', "shch"}, {U'ъ', ""}, {U'ы', "y"}, {U'ь', ""}, {U'э', "e"},
    {U'ю', "yu"}, {U'я', "ya"}, {U'ё', "e"},
};

char32_t lower(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;             // Latin-1 capitals
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131) return c | 1;  // Latin Extended-A pairs (most)
    if (c >= 0x410 && c <= 0x42F) return c + 32;                           // Cyrillic capitals
    if (c == 0x401) return 0x451;
    if (c == 0x130) return 'i';
    return c;
}

// Latin Extended-A alternates capital (even) / small (odd) except in 0x138..0x148 and 0x179..0x17E.
char32_t lower_extended_a(char32_t c) {
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    return lower(c);
}

// Vietnamese letters with tone marks (U+1EA0..U+1EF9) reduce to their base letter.
const char* vietnamese_base(char32_t c) {
    if (c < 0x1EA0 || c > 0x1EF9) return nullptr;
    if (c <= 0x1EB7) return "a";
    if (c <= 0x1EC7) return "e";
    if (c <= 0x1ECB) return "i";
    if (c <= 0x1EE3) return "o";
    if (c <= 0x1EF1) return "u";
    return "y";
}

}  // namespace

std::span<const Culture> cultures() { return culture_table; }

std::span<const std::uint32_t> culture_weights() {
    static const std::vector<std::uint32_t> cumulative = [] {
        std::vector<std::uint32_t> out;
        std::uint32_t total = 0;
        for (const Culture& c : culture_table) out.push_back(total += static_cast<std::uint32_t>(c.weight));
        return out;
    }();
    return cumulative;
}

std::string ascii_fold(std::string_view utf8) {
    std::string out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        auto byte = static_cast<unsigned char>(utf8[i]);
        char32_t code = byte;
        std::size_t length = 1;
        if (byte >= 0xF0) code = byte & 0x07, length = 4;
        else if (byte >= 0xE0) code = byte & 0x0F, length = 3;
        else if (byte >= 0xC0) code = byte & 0x1F, length = 2;
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += length;
        if (code < 0x80) {
            char c = static_cast<char>(code);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            out += c;
            continue;
        }
        if (const char* base = vietnamese_base(code)) {
            out += base;
            continue;
        }
        if (code == 0x110) code = 0x111;  // Đ
        code = (code >= 0x100 && code <= 0x17F) ? lower_extended_a(code) : lower(code);
        if (code == 0x1A0) code = 0x1A1;
        if (code == 0x1AF) code = 0x1B0;
        if (code < 0x80) {
            out += static_cast<char>(code);
            continue;
        }
        const Fold* begin = std::begin(folds);
        const Fold* end = std::end(folds);
        const Fold* found = std::lower_bound(begin, end, code, [](const Fold& f, char32_t c) { return f.code < c; });
        if (found != end && found->code == code) out += found->ascii;
    }
    return out;
}

}  // namespace cvdex::gen
