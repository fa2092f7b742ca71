package io.worklane.it.support;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For scenario classes whose ordered steps build on each other: once a step fails, the later steps
 * are skipped (reported as disabled, with the failed step's name) instead of failing for a
 * misleading reason. Steps marked {@link Independent} are exempt both ways.
 */
public final class StopAfterFirstFailure implements TestWatcher, ExecutionCondition {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StopAfterFirstFailure.class);
    private static final String FAILED_STEP = "failedStep";

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (isIndependent(context)) {
            return;
        }
        classStore(context).ifPresent(store -> store.put(FAILED_STEP, context.getDisplayName()));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a test method");
        }
        if (isIndependent(context)) {
            return ConditionEvaluationResult.enabled("independent of earlier steps");
        }
        String failed = classStore(context).map(store -> store.get(FAILED_STEP, String.class)).orElse(null);
        return failed == null
                ? ConditionEvaluationResult.enabled("no earlier step failed")
                : ConditionEvaluationResult.disabled("skipped: the earlier step '" + failed + "' failed");
    }

    private static boolean isIndependent(ExtensionContext context) {
        return context.getTestMethod().map(method -> method.isAnnotationPresent(Independent.class)).orElse(false);
    }

    private static Optional<ExtensionContext.Store> classStore(ExtensionContext context) {
        return context.getParent().map(parent -> parent.getStore(NAMESPACE));
    }
}
