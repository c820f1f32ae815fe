package org.cthub.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interface speaks English, Spanish and French: every message exists in all three, and messages with
 * arguments survive MessageFormat (an unescaped apostrophe there swallows the rest of the text, a classic in
 * French).
 */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyMessageExistsInSpanishAndFrench() throws IOException {
        for (String bundle : bundles()) {
            Properties english = load(bundle, "");
            for (String language : List.of("_es", "_fr")) {
                Properties translated = load(bundle, language);
                assertThat(translated.stringPropertyNames()).as(bundle + language)
                        .containsAll(english.stringPropertyNames());
            }
        }
    }

    @Test
    void messagesWithArgumentsFormatWithoutLosingText() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String language : List.of("", "_es", "_fr")) {
                Properties messages = load(bundle, language);
                for (String key : messages.stringPropertyNames()) {
                    String message = messages.getProperty(key);
                    if (ARGUMENT.matcher(message).find() && LONE_APOSTROPHE.matcher(message).find()) {
                        broken.add(bundle + language + ": " + key);
                    } else if (ARGUMENT.matcher(message).find()) {
                        MessageFormat format = new MessageFormat(message, Locale.ROOT);
                        // Arguments declared as numbers need numbers; plain ones take anything.
                        Object[] arguments = java.util.Arrays.stream(format.getFormatsByArgumentIndex())
                                .map(kind -> kind instanceof java.text.NumberFormat ? (Object) 7 : "X").toArray();
                        String formatted = format.format(arguments);
                        assertThat(formatted).as(key).doesNotContain("{0}");
                    }
                }
            }
        }
        assertThat(broken).as("messages with arguments need apostrophes doubled").isEmpty();
    }

    private static List<String> bundles() throws IOException {
        List<String> bundles = new ArrayList<>();
        Properties application = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        for (String name : application.getProperty("spring.messages.basename").split(",")) {
            bundles.add(name.strip());
        }
        return bundles;
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + bundle + language + ".properties")) {
            assertThat(in).as(bundle + language + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
