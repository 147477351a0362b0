package org.lector.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.util.Map;

/**
 * Lector's logging, set up in code: to {@code lector.log} in its data directory (three rolled files of 5 MB), never
 * to the terminal, CoreNLP at WARN and PDFBox at ERROR, and the timing loggers the benchmarks read at
 * {@code -Dlector.timings} (INFO unless asked). It replaced a {@code logback.xml} of the same content: logback's
 * XML reader cost about a tenth of a second of the main thread's CPU before the window could start (decision 0024). A {@code -Dlogback.configurationFile} or a {@code logback-test.xml} on the class path (the
 * tests') still wins: then this steps aside and logback reads that file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Quiet libraries: their level. */
    private static final Map<String, Level> QUIET = Map.of("edu.stanford.nlp", Level.WARN,
            "org.apache.pdfbox", Level.ERROR, "org.apache.fontbox", Level.ERROR);
    /** The loggers whose timings the benchmarks read (bench/*.sh run with -Dlector.timings=DEBUG). */
    private static final String[] TIMED = {"org.lector.ui.reader", "org.lector.ui.analysis",
        "org.lector.reading.ProgressiveAnalysis", "org.lector.ui.main.MainViewModel"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        setUp(context, AppPaths.fromEnvironment().data().toString());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Logs of {@code context} to {@code dir}/lector.log, with the levels above. */
    static void setUp(LoggerContext context, String dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/lector.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/lector.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        rolling.start();
        trigger.start();
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Level timings = Level.toLevel(System.getProperty("lector.timings"), Level.INFO);
        for (String name : TIMED) {
            context.getLogger(name).setLevel(timings);
        }
    }
}
