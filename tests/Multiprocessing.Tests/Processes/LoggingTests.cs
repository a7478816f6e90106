using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Multiprocessing.Tests.Processes;

public sealed class LoggingTests
{
    [Fact]
    public async Task A_clean_exit_is_one_information_line()
    {
        var logger = new RecordingLogger();
        MultiprocessingLogging.LoggerFactory = new RecordingFactory(logger);
        try
        {
            var p = Process.Create(TestEntries.Square, 3);
            p.Name = "clean-process";
            p.Start();
            await p.Result;
            var mine = logger.Messages.Where(m => m.Text.Contains("clean-process")).ToList();
            Assert.Equal(2, mine.Count);
            Assert.All(mine, m => Assert.Equal(LogLevel.Information, m.Level));
            Assert.Contains(mine, m => m.Text.Contains("exited with code 0"));
        }
        finally
        {
            MultiprocessingLogging.LoggerFactory = NullLoggerFactory.Instance;
        }
    }

    [Fact]
    public async Task Starts_exits_and_failures_reach_the_supplied_logger()
    {
        var logger = new RecordingLogger();
        MultiprocessingLogging.LoggerFactory = new RecordingFactory(logger);
        try
        {
            var p = Process.Create(TestEntries.Throw, "logged");
            p.Name = "logged-process";
            p.Start();
            await Assert.ThrowsAsync<RemoteException>(() => p.Result);

            var mine = logger.Messages.Where(m => m.Text.Contains("logged-process")).ToList();
            Assert.Contains(mine, m => m.Level == LogLevel.Information && m.Text.StartsWith("Started logged-process") && m.Text.Contains("TestEntries.Throw(string)"));
            Assert.Contains(mine, m => m.Level == LogLevel.Warning && m.Text.Contains("failed: its entry threw System.InvalidOperationException: logged"));
            Assert.Single(mine, m => !m.Text.StartsWith("Started"));

            var stopped = Process.Create(TestEntries.SleepForever);
            stopped.Name = "stopped-process";
            stopped.Start();
            stopped.Terminate();
            stopped.Join();
            var stops = logger.Messages.Where(m => m.Text.Contains("stopped-process")).ToList();
            Assert.Contains(stops, m => m.Level == LogLevel.Information && m.Text.Contains("stopped as asked, exit code -15"));
            Assert.DoesNotContain(stops, m => m.Level == LogLevel.Warning);
        }
        finally
        {
            MultiprocessingLogging.LoggerFactory = NullLoggerFactory.Instance;
        }
    }

    private sealed record Message(LogLevel Level, string Text);

    private sealed class RecordingLogger : ILogger
    {
        public ConcurrentQueue<Message> Messages { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(new Message(logLevel, formatter(state, exception)));
    }

    private sealed class RecordingFactory(RecordingLogger logger) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
