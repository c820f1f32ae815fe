package org.cthub.app.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented people's names by region of citizenship, in Latin script with the accents people really use, so
 * that imports, normalisation and linkage meet realistic text. No list holds a real person's full name.
 */
final class Names {

    private static final List<String> EUROPE_F = List.of("Olena", "Iryna", "Natalia", "Ana", "Maria", "Elena",
            "Oksana", "Daniela", "Ioana", "Svetlana", "Kateryna", "Mihaela", "Valentina", "Zoé", "Jelena");
    private static final List<String> EUROPE_M = List.of("Andrii", "Ion", "Dmitri", "Mihai", "Sergiu", "Oleksandr",
            "Vasile", "Arben", "Nikola", "Piotr", "Jonas", "Artem", "Bogdan", "Gheorghe", "Ivan");
    private static final List<String> EUROPE_S = List.of("Kovalenko", "Popescu", "Ivanova", "Rusu", "Moroz",
            "Ceban", "Hoxha", "Petrović", "Nowak", "Kazlauskas", "Shevchenko", "Lungu", "Dimitrova", "Bondar");
    private static final List<String> ASIA_F = List.of("Maricel", "Siti", "Sreymom", "Thandar", "Nasrin",
            "Nguyen Thi Lan", "Malee", "Sunita", "Dilnoza", "Mei", "Rohima", "Kanya", "Ayu", "Phalla", "Gulnara");
    private static final List<String> ASIA_M = List.of("Jose", "Budi", "Sokha", "Aung", "Rahim", "Tuan", "Somchai",
            "Ramesh", "Bekzod", "Wei", "Karim", "Agus", "Dara", "Min Htet", "Farhod");
    private static final List<String> ASIA_S = List.of("Santos", "Wijaya", "Chea", "Win", "Akter", "Tran", "Srisuk",
            "Tamang", "Karimov", "Li", "Hossain", "Reyes", "Sok", "Kyaw", "Rahmonov");
    private static final List<String> AFRICA_F = List.of("Blessing", "Aisha", "Grace", "Fatoumata", "Esther",
            "Amina", "Joy", "Mariam", "Akosua", "Tigist", "Aminata", "Chiamaka", "Hawa", "Nafissatou", "Ruth");
    private static final List<String> AFRICA_M = List.of("Chinedu", "Ibrahim", "Kwame", "Moussa", "Samuel",
            "Abdoulaye", "Emeka", "Yusuf", "Kofi", "Tesfaye", "Mamadou", "Joseph", "Ousmane", "Daniel", "Babajide");
    private static final List<String> AFRICA_S = List.of("Okafor", "Mensah", "Diallo", "Traoré", "Okoro", "Bello",
            "Asante", "Kamara", "Haile", "Ndiaye", "Mwangi", "Adeyemi", "Coulibaly", "Nakato", "Osei");
    private static final List<String> AMERICAS_F = List.of("María José", "Guadalupe", "Daniela", "Jessica",
            "Rosa", "Fabiola", "Ashley", "Yesenia", "Luz", "Lucía", "Marie-Ange", "Camila", "Kimberly");
    private static final List<String> AMERICAS_M = List.of("José Luis", "Juan", "Carlos", "Michael", "Jean",
            "Luis", "Wilson", "Brayan", "Andrés", "Christopher", "Wilner", "Diego", "Kevin");
    private static final List<String> AMERICAS_S = List.of("García", "Hernández", "Rodríguez", "Smith", "Pierre",
            "López", "Martínez", "Johnson", "Gómez", "Jean-Baptiste", "Ramírez", "Flores", "Quispe");

    private Names() {
    }

    static String given(String region, boolean female, SplittableRandom random) {
        List<String> names = switch (region) {
            case "Europe" -> female ? EUROPE_F : EUROPE_M;
            case "Asia" -> female ? ASIA_F : ASIA_M;
            case "Africa" -> female ? AFRICA_F : AFRICA_M;
            default -> female ? AMERICAS_F : AMERICAS_M;
        };
        return names.get(random.nextInt(names.size()));
    }

    static String family(String region, SplittableRandom random) {
        List<String> names = switch (region) {
            case "Europe" -> EUROPE_S;
            case "Asia" -> ASIA_S;
            case "Africa" -> AFRICA_S;
            default -> AMERICAS_S;
        };
        return names.get(random.nextInt(names.size()));
    }

    /**
     * The same name as another organisation might have typed it: accents dropped, two letters swapped or
     * one letter doubled, which is what record linkage has to see through.
     */
    static String retyped(String name, SplittableRandom random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        if (kind == 1) {
            char[] chars = name.toCharArray();
            char swap = chars[at];
            chars[at] = chars[at + 1];
            chars[at + 1] = swap;
            return new String(chars);
        }
        return name.substring(0, at) + name.charAt(at) + name.substring(at);
    }
}
