package dev.okr.okrfile.internal;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;

/** A {@link YAMLFactory} whose parsers are {@link StrictYamlParser}s. Reader input only. */
final class StrictYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    StrictYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
        return new StrictYamlParser(
                context,
                _parserFeatures,
                _yamlParserFeatures,
                _loaderOptions,
                _objectCodec,
                reader);
    }
}
