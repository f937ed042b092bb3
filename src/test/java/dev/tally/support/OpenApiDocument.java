package dev.tally.support;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OpenAPI document the build generates and the service publishes, read as the tests' list of every operation. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final Map<String, Object> document;

    private OpenApiDocument(Map<String, Object> document) {
        this.document = document;
    }

    public static OpenApiDocument generated() {
        try (InputStream text = OpenApiDocument.class.getResourceAsStream("/META-INF/swagger/tally.yml")) {
            if (text == null) {
                throw new IllegalStateException("The build generates META-INF/swagger/tally.yml; it is missing");
            }
            return new OpenApiDocument(new Yaml().load(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(method.toUpperCase(), path, (Map<String, Object>) operation));
            }
        }));
        return operations;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = String.valueOf(ref).substring("#/components/schemas/".length());
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas")).get(name);
    }

    /** One documented operation. */
    public record Operation(String method, String path, Map<String, Object> definition) {

        public String key() {
            return method + " " + path;
        }

        /** Whether the document lists this status among the operation's answers. */
        @SuppressWarnings("unchecked")
        public boolean documents(int status) {
            return ((Map<String, Object>) definition.getOrDefault("responses", Map.of())).containsKey(String.valueOf(status));
        }

        public boolean takesBody() {
            return definition.containsKey("requestBody");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> bodySchema() {
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) definition.get("requestBody")).get("content");
            Map<String, Object> json = (Map<String, Object>) content.values().iterator().next();
            return (Map<String, Object>) json.get("schema");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> parameters(String in) {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) definition.getOrDefault("parameters", List.of());
            return parameters.stream().filter(parameter -> in.equals(parameter.get("in"))).toList();
        }
    }
}
