namespace Multiprocessing;

/// <summary>
/// The two ends of a <see cref="Listener"/>/<see cref="Client"/> connection do not share the same authentication key,
/// or the other end does not speak the handshake: Python's <c>multiprocessing.AuthenticationError</c>. The connection
/// is closed without a single message of the peer being read.
/// </summary>
public sealed class AuthenticationFailedException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public AuthenticationFailedException()
        : base("The other end did not prove that it holds the same authentication key.")
    {
    }

    /// <summary>Creates the exception with a message that says what went wrong.</summary>
    public AuthenticationFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public AuthenticationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
