package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.Callable;
import org.marsad.config.ConfigSource;
import org.marsad.config.EffectiveValue;
import org.marsad.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad config}: the configuration in effect, each value with its source, secrets masked. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the configuration in effect: every key, its value and where the value came from "
            + "(default, file, environment, flag). Secrets are printed as " + EffectiveValue.MASK + ".",
            "Keys are listed in docs/CONFIGURATION.md."})
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    Marsad marsad;

    @Option(names = "--json", description = "One JSON array of {key, value, source, origin} objects.")
    boolean json;

    @Override
    public Integer call() {
        if (json) {
            ArrayNode values = Json.MAPPER.createArrayNode();
            for (EffectiveValue value : marsad.kafka.config().effective()) {
                values.addObject().put("key", value.key()).put("value", value.value())
                        .put("source", value.source().label()).put("origin", value.origin());
            }
            System.out.println(values);
        } else {
            for (EffectiveValue value : marsad.kafka.config().effective()) {
                // A file path or variable name helps find the value; "flag" says all there is to say.
                boolean named = value.source() == ConfigSource.FILE || value.source() == ConfigSource.ENVIRONMENT;
                String origin = named ? " " + value.origin() : "";
                System.out.println(TerminalText.escape(value.key() + "=" + value.value() + "  # "
                        + value.source().label() + origin));
            }
        }
        System.out.flush();
        return 0;
    }
}
