package io.worklane.domain.template;

import io.worklane.domain.shared.Validation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The content's own consistency, checked before anything is written: refs unique, every parent, phase
 * and dependency end a ref of the template, no item its own ancestor. Each problem is named by where
 * it is ({@code items[3].parent}).
 */
public final class TemplateCheck {
    private TemplateCheck() {
    }

    public static void check(TemplateContent c) {
        Validation v = new Validation();
        Set<String> phases = new HashSet<>();
        for (int i = 0; i < c.phases().size(); i++) {
            v.require(phases.add(c.phases().get(i).ref()), "phases[" + i + "].ref", "DUPLICATE", "must be unique");
        }
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < c.items().size(); i++) {
            TemplateContent.Item item = c.items().get(i);
            v.require(item.ref() != null && !parents.containsKey(item.ref()), "items[" + i + "].ref", "DUPLICATE",
                    "must be given and unique");
            parents.put(item.ref(), item.parent());
            v.require(item.phase() == null || phases.contains(item.phase()), "items[" + i + "].phase", "UNKNOWN_REF",
                    "no phase '" + item.phase() + "' in the template");
        }
        for (int i = 0; i < c.items().size(); i++) {
            String parent = c.items().get(i).parent();
            v.require(parent == null || parents.containsKey(parent), "items[" + i + "].parent", "UNKNOWN_REF",
                    "no item '" + parent + "' in the template");
            v.require(!ownAncestor(c.items().get(i).ref(), parents), "items[" + i + "].parent", "PARENT_CYCLE",
                    "the item would be its own ancestor");
        }
        for (int i = 0; i < c.dependencies().size(); i++) {
            TemplateContent.Dependency d = c.dependencies().get(i);
            v.require(parents.containsKey(d.predecessor()) && parents.containsKey(d.successor()),
                    "dependencies[" + i + "]", "UNKNOWN_REF", "both ends must be items of the template");
        }
        v.orThrow();
    }

    private static boolean ownAncestor(String ref, Map<String, String> parents) {
        String at = parents.get(ref);
        for (int steps = 0; at != null && steps <= parents.size(); steps++) {
            if (at.equals(ref)) {
                return true;
            }
            at = parents.get(at);
        }
        return at != null;
    }
}
