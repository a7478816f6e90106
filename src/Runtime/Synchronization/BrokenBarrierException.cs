namespace Multiprocessing;

/// <summary>
/// Thrown by <see cref="ProcessBarrier.Wait"/> when the barrier is broken or breaks while waiting (Python's
/// <c>threading.BrokenBarrierError</c>): a party timed out, <see cref="ProcessBarrier.Abort"/> or
/// <see cref="ProcessBarrier.Reset"/> was called, or the action threw. The barrier stays broken until
/// <see cref="ProcessBarrier.Reset"/>.
/// </summary>
public sealed class BrokenBarrierException : Exception
{
    /// <summary>Creates the exception with a message saying why the barrier is broken.</summary>
    public BrokenBarrierException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public BrokenBarrierException()
        : this("The ProcessBarrier is broken: a party timed out, it was aborted or reset, or its action threw. Call Reset() to use it again.")
    {
    }

    /// <summary>Creates the exception with a message and the exception that broke the barrier.</summary>
    public BrokenBarrierException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
