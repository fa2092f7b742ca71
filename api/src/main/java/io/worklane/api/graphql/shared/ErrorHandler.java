package io.worklane.api.graphql.shared;

import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Replaces SmallRye's handler so that every failing field reports a Worklane error code. */
final class ErrorHandler implements DataFetcherExceptionHandler {
    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters p) {
        List<graphql.language.SourceLocation> locations = p.getSourceLocation() == null ? List.of()
                : List.of(p.getSourceLocation());
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult
                .newResult(ErrorTranslation.ofFailure(p.getException(), locations, p.getPath().toList()))
                .build());
    }
}
