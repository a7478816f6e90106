using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Multiprocessing;

/// <summary>Where the library logs process starts, exits and failures. Silent until a logger factory is supplied.</summary>
public static class MultiprocessingLogging
{
    private static ILogger s_logger = NullLogger.Instance;
    private static ILoggerFactory s_factory = NullLoggerFactory.Instance;

    /// <summary>The factory the library takes its logger from (category <c>Multiprocessing</c>).</summary>
    public static ILoggerFactory LoggerFactory
    {
        get => s_factory;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            s_factory = value;
            s_logger = value.CreateLogger("Multiprocessing");
        }
    }

    internal static ILogger Logger => s_logger;
}
