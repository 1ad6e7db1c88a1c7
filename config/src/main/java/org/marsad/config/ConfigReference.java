package org.marsad.config;

import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Writes docs/CONFIGURATION.md from the {@link ConfigArea} definitions, so the reference cannot drift from
 * the keys the code declares.
 */
public final class ConfigReference {

    private static final String HEADER = """
            # Configuration reference

            <!-- Generated from the ConfigDefs in config/ (ConfigArea); do not edit. Regenerate with:
                 mvn -B -o -pl config test -Dtest=ConfigReferenceTest -Dmarsad.config.reference.write=true -->

            Every key can be set, in increasing precedence, by its default, a properties file (`--config FILE`),
            the environment variable (`marsad.x.y` is `MARSAD_X_Y`) and a flag (`--set marsad.x.y=VALUE`).
            An unknown `marsad.*` key in the file or a flag stops start-up (exit 2) naming the nearest known key;
            an unknown `MARSAD_*` variable only warns. `marsad.kafka.<property>` (or a plain Kafka client property
            in the file, or `--kafka-property`) passes a Kafka client property to every client; its name must be a
            producer, consumer, admin or Kafka Streams property. `marsad config [--json]` prints the values in
            effect and where each came from, secrets (type password) masked.
            """;

    private ConfigReference() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER);
        for (ConfigArea area : ConfigArea.values()) {
            out.append("\n## ").append(area.title()).append("\n\n")
                    .append("| Key | Environment | Type | Default | Valid values | Description |\n")
                    .append("|---|---|---|---|---|---|\n");
            List<ConfigDef.ConfigKey> keys = area.definition().configKeys().values().stream().toList();
            for (ConfigDef.ConfigKey key : keys) {
                out.append("| `").append(key.name).append("` | `").append(ConfigSources.keyToEnv(key.name))
                        .append("` | ")
                        .append(key.type.name().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(code(defaultText(key))).append(" | ")
                        .append(key.validator == null ? "" : cell(key.validator.toString())).append(" | ")
                        .append(cell(key.documentation)).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String defaultText(ConfigDef.ConfigKey key) {
        if (key.type == ConfigDef.Type.PASSWORD) {
            return key.defaultValue == null || key.defaultValue.toString().isEmpty() ? "" : EffectiveValue.MASK;
        }
        return String.valueOf(key.defaultValue);
    }

    private static String code(String text) {
        return text.isEmpty() ? "(empty)" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
