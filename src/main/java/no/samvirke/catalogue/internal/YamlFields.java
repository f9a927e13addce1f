package no.samvirke.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed, line-aware access to one YAML mapping; problems are collected, not thrown. */
final class YamlFields {

    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Node node;
    private final String path;
    private final List<PlanFileError> errors;

    YamlFields(Node node, String path, List<PlanFileError> errors, Set<String> allowed) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, "must be a mapping (key: value)");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!allowed.contains(key)) {
                error(tuple.getKeyNode(), field(key), "unknown field (allowed: " + allowed + ")");
            }
            fields.put(key, tuple.getValueNode());
        }
    }

    String text(String key, boolean required) {
        Node value = fields.get(key);
        if (value == null || value instanceof ScalarNode s && s.getValue().isBlank()) {
            if (required) {
                error(value == null ? node : value, field(key), "is required");
            }
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        error(value, field(key), "must be a single value");
        return null;
    }

    Integer integer(String key, boolean required) {
        String text = text(key, required);
        return text == null ? null : toInteger(fields.get(key), field(key), text);
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(fields.get(key), field(key), "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                error(item, field(key), "every entry must be a non-empty value");
            }
        }
        return result;
    }

    List<Integer> integers(String key) {
        List<Integer> result = new ArrayList<>();
        for (Node item : items(key)) {
            Integer value = item instanceof ScalarNode s ? toInteger(item, field(key), s.getValue()) : null;
            if (value != null) {
                result.add(value);
            } else if (!(item instanceof ScalarNode)) {
                error(item, field(key), "every entry must be a number");
            }
        }
        return result;
    }

    List<Node> items(String key) {
        Node value = fields.get(key);
        if (value == null || value instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        error(value, field(key), "must be a list");
        return List.of();
    }

    Node node(String key) {
        return fields.get(key);
    }

    Node self() {
        return node;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void error(Node at, String field, String message) {
        errors.add(new PlanFileError(line(at), field, message));
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private Integer toInteger(Node at, String field, String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            error(at, field, "'" + text + "' is not a whole number");
            return null;
        }
    }
}
