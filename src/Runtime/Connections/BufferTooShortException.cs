namespace Multiprocessing;

/// <summary>
/// The buffer given to <see cref="Connection.ReceiveBytesInto(byte[], int)"/> cannot hold the message that arrived:
/// Python's <c>BufferTooShort</c>. The message was received all the same and is in <see cref="ReceivedMessage"/>,
/// so nothing is lost and the connection stays usable.
/// </summary>
public sealed class BufferTooShortException : Exception
{
    /// <summary>Creates the exception with the default message and no message bytes.</summary>
    public BufferTooShortException()
        : this("The buffer is too short for the message that arrived.", [])
    {
    }

    /// <summary>Creates the exception with a message and no message bytes.</summary>
    public BufferTooShortException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public BufferTooShortException(string message, Exception innerException)
        : base(message, innerException)
    {
        ReceivedMessage = [];
    }

    /// <summary>Creates the exception carrying the message that did not fit.</summary>
    public BufferTooShortException(string message, byte[] receivedMessage)
        : base(message)
    {
        ReceivedMessage = receivedMessage;
    }

    /// <summary>The whole message that arrived (Python's <c>e.args[0]</c>).</summary>
    public byte[] ReceivedMessage { get; }
}
