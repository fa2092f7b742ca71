package io.worklane.api.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One REST operation of the contract. {@code body} is null for an operation without a request body. */
public record Operation(String id, String method, String path, List<Parameter> parameters, Body body) {
    static final String WORKSPACE_PATH = "/api/v1/workspaces/{ws}";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** The first media type the contract lists for the body, and its schema (maybe a $ref). */
    public record Body(String mediaType, JsonNode schema, boolean required) {
    }

    /** True for the operations on a workspace or inside it: the ones a tenant may only call on its own. */
    public boolean isInsideAWorkspace() {
        return path.equals(WORKSPACE_PATH) || path.startsWith(WORKSPACE_PATH + "/");
    }

    public List<String> pathParameterNames() {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Required query and header parameters: they have to be filled like the path's. */
    public List<Parameter> requiredNonPathParameters() {
        return parameters.stream().filter(p -> p.required() && !p.in().equals("path")).toList();
    }

    @Override
    public String toString() {
        return id + " (" + method + " " + path + ")";
    }
}
