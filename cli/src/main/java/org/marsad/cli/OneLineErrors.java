package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on stderr and the documented exit code: 2 for a usage error (including a
 * bad configuration value), 1 for a runtime failure. The stack trace goes to the log at debug level only.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int RUNTIME_FAILURE = 1;
    static final int USAGE_ERROR = 2;

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        boolean usage = error instanceof org.apache.kafka.common.config.ConfigException
                || error instanceof IllegalArgumentException;
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message(error));
        command.getErr().flush();
        return usage ? USAGE_ERROR : RUNTIME_FAILURE;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + error.getMessage());
        command.getErr().println("Try '" + name + " --help'.");
        command.getErr().flush();
        return USAGE_ERROR;
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }
}
