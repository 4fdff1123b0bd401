package org.customerhub.demo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names, places and mail domains per country of residence. Names are listed most frequent first (see
 * {@link Weighted#byRank}); the US lists follow the SSA and census rankings loosely, enough for "Smith" and
 * "Garcia" to collide between strangers as often as they do at a real front desk.
 */
record Vocabulary(Weighted<String> femaleGiven, Weighted<String> maleGiven, Weighted<String> family,
                  Weighted<City> cities, Weighted<String> streets, Weighted<String> mailDomains) {

    static final List<String> WORK_MAIL_DOMAINS = words("""
            desertpeakhealth.org, silverstatecu.org, mojavefreight.com, canyonridgebuilders.com, sunbeltassurance.com,
            redrockdentalgroup.com, summitvalleylogistics.com, sierraviewschools.org, basinpowercoop.com,
            lakesidelaw.com""");

    private static final Map<Origin, Vocabulary> BY_ORIGIN = new EnumMap<>(Origin.class);

    static Vocabulary of(Origin origin) {
        synchronized (BY_ORIGIN) {
            return BY_ORIGIN.computeIfAbsent(origin, Vocabulary::build);
        }
    }

    Weighted<String> given(Gender gender) {
        return gender == Gender.FEMALE ? femaleGiven : maleGiven;
    }

    private static Vocabulary build(Origin origin) {
        return switch (origin) {
            case US -> new Vocabulary(ranked(US_FEMALE), ranked(US_MALE), ranked(US_FAMILY), Weighted.of(US_CITIES,
                    City::weight), Weighted.evenly(words(US_STREETS)), mail("""
                    gmail.com 45, yahoo.com 20, outlook.com 10, icloud.com 10, hotmail.com 6, aol.com 4,
                    comcast.net 3, cox.net 2"""));
            case DE -> european("""
                    Anna, Sabine, Katharina, Ursula, Sophie, Lena, Birgit, Claudia, Monika, Petra, Hannah, Jana, Anke,
                    Gisela, Käthe""", """
                    Thomas, Stefan, Andreas, Lukas, Jürgen, Jörg, Günter, Maximilian, Felix, Klaus, Matthias,
                    Wolfgang, Uwe, Jonas, Björn""", """
                    Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch,
                    Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hartmann,
                    Lange, Köhler, Jäger, Groß, Weiß, Vogel, Fuchs""", """
                    Hauptstraße, Bahnhofstraße, Gartenstraße, Schillerstraße, Goethestraße, Lindenallee, Königsallee,
                    Friedrichstraße, Schloßstraße, Am Mühlbach""", """
                    gmail.com 30, gmx.de 25, web.de 25, t-online.de 15, outlook.de 5""",
                    City.abroad("Berlin", 5, 10115, 14199), City.abroad("München", 4, 80331, 81929),
                    City.abroad("Hamburg", 3, 20095, 22769), City.abroad("Köln", 2, 50667, 51149),
                    City.abroad("Frankfurt am Main", 2, 60306, 60599), City.abroad("Düsseldorf", 1, 40210, 40629),
                    City.abroad("Stuttgart", 1, 70173, 70629));
            case ES -> european("""
                    María, Carmen, Lucía, Ana, Sofía, Inés, Begoña, Mercedes, Pilar, Rocío, Elena, Marta, Nuria,
                    Concepción, Ángela""", """
                    José, Antonio, Javier, Manuel, Francisco, Alejandro, Pablo, Íñigo, Jesús, Sergio, Álvaro, Andrés,
                    Rubén, Raúl, Óscar""", """
                    García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez,
                    Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres,
                    Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Peña, Ibáñez, Núñez""", """
                    Calle Mayor, Calle de Alcalá, Gran Vía, Avenida de la Constitución, Calle Real, Paseo de Gracia,
                    Calle del Sol, Calle San José""", """
                    gmail.com 40, hotmail.es 25, yahoo.es 10, outlook.es 15, telefonica.net 10""",
                    City.abroad("Madrid", 5, 28001, 28055), City.abroad("Barcelona", 4, 8001, 8042),
                    City.abroad("Valencia", 2, 46001, 46026), City.abroad("Sevilla", 2, 41001, 41020),
                    City.abroad("Málaga", 1, 29001, 29018));
            case FR -> european("""
                    Zoë, Chloé, Hélène, Amélie, Léa, Camille, Céline, Renée, Élodie, Margaux, Anaïs, Solène, Mathilde,
                    Aurélie, Inès""", """
                    François, Jérôme, Étienne, Sébastien, Loïc, Maël, Noël, Julien, Nicolas, Pierre, Benoît, Frédéric,
                    Thierry, Cédric, Hervé""", """
                    Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
                    Lefèvre, Michel, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier, Dupont,
                    Lambert, Bonnet, Chevalier, Rousseau, Gauthier, Dupré, Bélanger""", """
                    Rue de la Paix, Rue Victor Hugo, Avenue des Champs-Élysées, Rue du Faubourg Saint-Honoré,
                    Boulevard Saint-Germain, Rue de Rivoli, Rue Pasteur, Avenue Jean Jaurès""", """
                    gmail.com 35, orange.fr 20, free.fr 15, laposte.net 10, hotmail.fr 15, sfr.fr 5""",
                    City.abroad("Paris", 5, 75001, 75020), City.abroad("Lyon", 2, 69001, 69009),
                    City.abroad("Marseille", 2, 13001, 13016), City.abroad("Nice", 1, 6000, 6300),
                    City.abroad("Toulouse", 1, 31000, 31500));
            case IT -> european("""
                    Francesca, Chiara, Lucia, Giulia, Elena, Martina, Federica, Alessia, Sara, Valentina, Giorgia,
                    Silvia, Paola, Beatrice, Ilaria""", """
                    Giuseppe, Giovanni, Marco, Alessandro, Matteo, Lorenzo, Andrea, Luca, Francesco, Niccolò, Davide,
                    Simone, Stefano, Fabrizio, Nicolò""", """
                    Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
                    Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro,
                    Mariani, Rinaldi, Caruso, Ferrara, Galli, D'Angelo, Fabbri""", """
                    Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Via Dante, Via Mazzini, Via Cavour,
                    Via Nazionale, Viale dei Mille""", """
                    gmail.com 35, libero.it 25, alice.it 10, virgilio.it 10, hotmail.it 15, tiscali.it 5""",
                    City.abroad("Roma", 5, 118, 199), City.abroad("Milano", 4, 20121, 20162),
                    City.abroad("Napoli", 2, 80121, 80147), City.abroad("Torino", 2, 10121, 10156),
                    City.abroad("Firenze", 1, 50121, 50145));
            case GB -> new Vocabulary(ranked(US_FEMALE), ranked(US_MALE), ranked("""
                    Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Patel, Robinson, Wright, Thompson,
                    Evans, Walker, White, Roberts, Green, Hall, Thomas, Clarke, Jackson, Wood, Harris, Edwards, Turner,
                    Martin, Cooper, Hill, Ward, Hughes, O'Brien, Murphy, MacDonald, Campbell, Stewart"""),
                    Weighted.of(List.of(City.british("London", 6, "SW1A", "W1", "EC1", "N1", "SE1", "NW3"),
                            City.british("Manchester", 2, "M1", "M3", "M4"), City.british("Birmingham", 2, "B1", "B2"),
                            City.british("Edinburgh", 1, "EH1", "EH2")), City::weight),
                    Weighted.evenly(words("""
                            High Street, Church Road, Station Road, Victoria Road, King's Road, Park Lane, Mill Lane,
                            London Road""")), mail("""
                    gmail.com 35, btinternet.com 15, hotmail.co.uk 20, yahoo.co.uk 10, outlook.com 10, sky.com 10"""));
        };
    }

    private static Vocabulary european(String female, String male, String family, String streets, String domains,
                                       City... cities) {
        return new Vocabulary(ranked(female), ranked(male), ranked(family), Weighted.of(List.of(cities),
                City::weight), Weighted.evenly(words(streets)), mail(domains));
    }

    private static Weighted<String> ranked(String commaSeparated) {
        return Weighted.byRank(words(commaSeparated));
    }

    /** "gmail.com 45, yahoo.com 20": a domain and its relative share. */
    private static Weighted<String> mail(String weightedDomains) {
        List<String[]> entries = words(weightedDomains).stream().map(entry -> entry.split(" ")).toList();
        return Weighted.of(entries, entry -> Double.parseDouble(entry[1])).map(entry -> entry[0]);
    }

    static List<String> words(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static final String US_MALE = """
            James, Robert, John, Michael, David, William, Richard, Joseph, Thomas, Christopher, Charles, Daniel,
            Matthew, Anthony, Mark, Donald, Steven, Andrew, Paul, Joshua, Kenneth, Kevin, Brian, Timothy, Ronald,
            George, Jason, Edward, Jeffrey, Ryan, Jacob, Nicholas, Gary, Eric, Jonathan, Stephen, Larry, Justin,
            Scott, Brandon, Benjamin, Samuel, Gregory, Alexander, Patrick, Frank, Raymond, Jack, Dennis, Jerry, Tyler,
            Aaron, Jose, Adam, Nathan, Henry, Zachary, Douglas, Peter, Kyle, Noah, Ethan, Jeremy, Christian, Walter,
            Keith, Austin, Roger, Terry, Sean, Gerald, Carl, Dylan, Harold, Jordan, Jesse, Bryan, Lawrence, Arthur,
            Gabriel, Bruce, Logan, Billy, Joe, Alan, Juan, Elijah, Willie, Albert, Wayne, Randy, Mason, Vincent, Liam,
            Roy, Bobby, Caleb, Bradley, Russell, Lucas, Carlos, Luis, Miguel, Francis""";

    private static final String US_FEMALE = """
            Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa, Nancy, Betty,
            Sandra, Margaret, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Melissa, Deborah, Stephanie,
            Dorothy, Rebecca, Sharon, Laura, Cynthia, Amy, Kathleen, Angela, Shirley, Brenda, Emma, Anna, Pamela,
            Nicole, Samantha, Katherine, Christine, Helen, Debra, Rachel, Carolyn, Janet, Maria, Catherine, Heather,
            Diane, Olivia, Julie, Joyce, Victoria, Ruth, Virginia, Lauren, Kelly, Christina, Joan, Evelyn, Judith,
            Andrea, Hannah, Megan, Cheryl, Jacqueline, Martha, Madison, Teresa, Gloria, Sara, Janice, Ann, Kathryn,
            Abigail, Sophia, Frances, Jean, Alice, Judy, Isabella, Julia, Grace, Amber, Denise, Danielle, Marilyn,
            Beverly, Charlotte, Natalie, Theresa, Diana, Brittany, Doris, Kayla, Alexis, Lori, Marie, Rosa, Guadalupe,
            Ana, Veronica""";

    private static final String US_FAMILY = """
            Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez, Lopez,
            Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson, White, Harris,
            Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Torres, Nguyen, Hill,
            Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell, Mitchell, Carter, Roberts, Gomez, Phillips,
            Evans, Turner, Diaz, Parker, Cruz, Edwards, Collins, Reyes, Stewart, Morris, Morales, Murphy, Cook,
            Rogers, Gutierrez, Ortiz, Morgan, Cooper, Peterson, Bailey, Reed, Kelly, Howard, Ramos, Kim, Cox, Ward,
            Richardson, Watson, Brooks, Chavez, Wood, James, Bennett, Gray, Mendoza, Ruiz, Hughes, Price, Alvarez,
            Castillo, Sanders, Patel, Myers, Long, Ross, Foster, Jimenez, Powell, Jenkins, Perry, Russell, Sullivan,
            Bell, Coleman, Butler, Henderson, Barnes, Gonzales, Fisher, Vasquez, Simmons, Romero, Jordan, Patterson,
            Alexander, Hamilton, Graham, Reynolds, Griffin, Wallace, Moreno, West, Cole, Hayes, Bryant, Herrera,
            Gibson, Ellis, Tran, Medina, Aguilar, Stevens, Murray, Ford, Castro, Marshall, Owens, Harrison,
            Fernandez, McDonald, Woods, Washington, Kennedy, Wells, Vargas, Henry, Chen, Freeman, Webb, Tucker,
            Guzman, Burns, Crawford, Olson, Simpson, Porter, Hunter, Gordon, Mendez, Silva, Shaw, Snyder, Mason,
            Dixon, Munoz, Hunt, Hicks, Holmes, Palmer, Wagner, Black, Robertson, Boyd, Rose, Stone, Salazar, Fox,
            Warren, Mills, Meyer, Rice, Schmidt, Garza, Daniels, Ferguson, Nichols, Stephens, Soto, Weaver, Ryan,
            Gardner, Payne, Grant, Dunn, Kelley, Spencer, Hawkins, Arnold, Pierce, Vazquez, Hansen, Peters, Santos,
            Hart, Bradley, Knight, Elliott, Cunningham, Duncan, Armstrong, Hudson, Carroll, Lane, Riley, Andrews,
            O'Brien, McCarthy, De La Cruz, O'Connor, Nakamura, Delgado""";

    private static final String US_STREETS = """
            Desert Inn Rd, Flamingo Rd, Tropicana Ave, Sahara Ave, Charleston Blvd, Rainbow Blvd, Eastern Ave,
            Maryland Pkwy, Spring Mountain Rd, Sunset Rd, Warm Springs Rd, Durango Dr, Fort Apache Rd, Buffalo Dr,
            Jones Blvd, Decatur Blvd, Lake Mead Blvd, Cheyenne Ave, Craig Rd, Ann Rd, Horizon Ridge Pkwy,
            Green Valley Pkwy, Paradise Rd, Koval Ln, Russell Rd, Windmill Ln, Silverado Ranch Blvd, Cactus Ave,
            Blue Diamond Rd, Boulder Hwy, Main St, Oak St, Maple Ave, Pine St, Cedar Ln, Elm St, Washington Ave,
            Lincoln Ave, Park Ave, Lake Dr, Hill St, Sunrise Ave, Palm Dr, Mesa Verde Ln, Canyon Rd, Mission St,
            Broadway, Highland Ave, Jefferson St, Madison Ave, Franklin St, Willow Ct, Aspen Way, Juniper Dr,
            Sagebrush Ln, Coyote Trl, Mountain View Dr, Valley View Blvd, Red Rock Cir, Sierra Vista Dr,
            Camino Del Rio, Quail Run Pl""";

    /** Mostly the resort's drive-in market (NV, CA, AZ, TX, UT), Las Vegas itself first. */
    private static final List<City> US_CITIES = List.of(
            City.us("Las Vegas", "NV", 30, 89101, 89149, "702", "725"),
            City.us("Henderson", "NV", 8, 89011, 89015, "702", "725"),
            City.us("North Las Vegas", "NV", 5, 89081, 89086, "702"),
            City.us("Reno", "NV", 4, 89501, 89523, "775"),
            City.us("Sparks", "NV", 1, 89431, 89436, "775"),
            City.us("Carson City", "NV", 1, 89701, 89706, "775"),
            City.us("Pahrump", "NV", 1, 89048, 89061, "775"),
            City.us("Los Angeles", "CA", 8, 90001, 90089, "213", "310", "323"),
            City.us("Long Beach", "CA", 1, 90802, 90815, "562"),
            City.us("Anaheim", "CA", 1, 92801, 92817, "714"),
            City.us("Irvine", "CA", 1, 92602, 92620, "949"),
            City.us("Riverside", "CA", 1, 92501, 92509, "951"),
            City.us("San Diego", "CA", 3, 92101, 92130, "619", "858"),
            City.us("San Francisco", "CA", 2, 94102, 94134, "415"),
            City.us("San Jose", "CA", 1, 95110, 95139, "408"),
            City.us("Sacramento", "CA", 1, 95814, 95838, "916"),
            City.us("Fresno", "CA", 1, 93701, 93728, "559"),
            City.us("Phoenix", "AZ", 4, 85003, 85054, "602", "623"),
            City.us("Scottsdale", "AZ", 1, 85250, 85262, "480"),
            City.us("Mesa", "AZ", 1, 85201, 85215, "480"),
            City.us("Tempe", "AZ", 1, 85281, 85284, "480"),
            City.us("Tucson", "AZ", 1, 85701, 85750, "520"),
            City.us("Flagstaff", "AZ", 0.5, 86001, 86004, "928"),
            City.us("Dallas", "TX", 2, 75201, 75254, "214", "972"),
            City.us("Houston", "TX", 2, 77002, 77099, "713", "281"),
            City.us("Austin", "TX", 1, 78701, 78759, "512"),
            City.us("San Antonio", "TX", 1, 78201, 78260, "210"),
            City.us("El Paso", "TX", 0.5, 79901, 79938, "915"),
            City.us("Salt Lake City", "UT", 2, 84101, 84124, "801", "385"),
            City.us("Provo", "UT", 0.5, 84601, 84606, "801"),
            City.us("St. George", "UT", 1, 84770, 84791, "435"),
            City.us("Denver", "CO", 1, 80202, 80239, "303", "720"),
            City.us("Albuquerque", "NM", 0.5, 87101, 87123, "505"),
            City.us("Seattle", "WA", 0.5, 98101, 98199, "206"),
            City.us("Chicago", "IL", 0.5, 60601, 60661, "312", "773"));
}
