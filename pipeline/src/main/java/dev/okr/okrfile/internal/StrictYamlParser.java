package dev.okr.okrfile.internal;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's streaming YAML parser, watching every SnakeYAML event on its way: any explicit tag
 * ({@code !!javax.script.ScriptEngineManager}, {@code !foo}, even {@code !!str}) is an error before
 * anything reads the value, and the anchor of the latest node is kept for {@link YamlTreeReader}.
 * Jackson's own parser hands out a tag only on request and not for every key, and hands out an
 * alias as a plain string, so both are handled here rather than trusted downstream.
 */
final class StrictYamlParser extends YAMLParser {

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private String lastAnchor;

    StrictYamlParser(
            IOContext context,
            int parserFeatures,
            int yamlFeatures,
            LoaderOptions loaderOptions,
            ObjectCodec codec,
            Reader reader) {
        super(context, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
    }

    /** The anchor ({@code &name}) of the node the current token starts, or null. */
    String lastAnchor() {
        return lastAnchor;
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = super.getEvent();
        lastAnchor = event instanceof NodeEvent node ? node.getAnchor() : null;
        String tag = null;
        if (event instanceof ScalarEvent scalar) {
            tag = scalar.getTag();
        } else if (event instanceof CollectionStartEvent collection) {
            tag = collection.getTag();
        }
        if (tag != null) {
            throw new YamlSyntaxException(
                    event.getStartMark().getLine() + 1,
                    event.getStartMark().getColumn() + 1,
                    "the YAML tag "
                            + asWritten(tag)
                            + " is not allowed; an OKR file holds plain values only, so remove"
                            + " the tag (nothing was created from it)");
        }
        return event;
    }

    private static String asWritten(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX)
                ? "!!" + tag.substring(CORE_TAG_PREFIX.length())
                : tag;
    }
}
