using System.Security.Cryptography;
using System.Text;

namespace Multiprocessing.Connections;

/// <summary>
/// The challenge and response that <see cref="Listener"/> and <see cref="Client"/> run before a connection is handed
/// out, each side proving to the other that it holds the key, as Python's <c>deliver_challenge</c> and
/// <c>answer_challenge</c> do: the challenger sends a random nonce, the other side answers with its HMAC-SHA256 under
/// the key, and the challenger compares in constant time and says welcome or failure. The listener challenges first,
/// then the client. Handshake messages are capped at a few bytes, so a peer that has not proved itself never gets
/// anything larger read, let alone deserialized.
/// </summary>
internal static class Handshake
{
    private const int NonceSize = 32;
    private const int LargestMessage = 64;

    private static readonly byte[] Challenge = Encoding.ASCII.GetBytes("#CHALLENGE#");
    private static readonly byte[] Welcome = Encoding.ASCII.GetBytes("#WELCOME#");
    private static readonly byte[] Failure = Encoding.ASCII.GetBytes("#FAILURE#");

    /// <summary>
    /// Runs the handshake on a new connection (as the listener or as the client) and returns it, or closes it and
    /// throws <see cref="AuthenticationFailedException"/>. Without a key there is nothing to prove.
    /// </summary>
    public static Connection Secure(Connection connection, byte[]? key, bool asListener, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return connection;
        }

        try
        {
            if (asListener)
            {
                Deliver(connection, key, cancellationToken);
                Answer(connection, key, cancellationToken);
            }
            else
            {
                Answer(connection, key, cancellationToken);
                Deliver(connection, key, cancellationToken);
            }

            return connection;
        }
        catch (Exception exception) when (exception is ConnectionClosedException or InvalidDataException)
        {
            connection.Dispose();
            throw new AuthenticationFailedException($"The authentication handshake failed: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs the handshake on a connected socket that stays the caller's (a manager keeps its socket, whose asynchronous
    /// calls wait without holding a thread), through a connection on a copy of its descriptor.
    /// </summary>
    public static void Secure(System.Net.Sockets.Socket socket, byte[] key, bool asListener, CancellationToken cancellationToken)
    {
        using var connection = Secure(ConnectionAddress.Duplicate(socket), key, asListener, cancellationToken);
    }

    /// <summary>The key to use: the given one, or the process's own (inherited by children, as in Python).</summary>
    public static byte[]? KeyFor(bool authenticate, ReadOnlyMemory<byte>? authKey)
    {
        if (!authenticate)
        {
            return null;
        }

        if (authKey is { } given)
        {
            return given.IsEmpty
                ? throw new ArgumentException("An authentication key must not be empty; pass authenticate: false to connect without one.", nameof(authKey))
                : given.ToArray();
        }

        return ProcessContext.Current.AuthKey;
    }

    private static void Deliver(Connection connection, byte[] key, CancellationToken cancellationToken)
    {
        byte[] message = [.. Challenge, .. RandomNumberGenerator.GetBytes(NonceSize)];
        connection.SendBytes(message);
        byte[] response = connection.ReceiveHandshakeMessage(LargestMessage, cancellationToken);
        byte[] expected = HMACSHA256.HashData(key, message);
        if (!CryptographicOperations.FixedTimeEquals(expected, response))
        {
            connection.SendBytes(Failure);
            throw new AuthenticationFailedException(
                "The other end answered the challenge with the wrong digest: it does not hold this process's authentication key. "
                + "Give both ends the same key (Process.Current.AuthKey is shared by a program's processes).");
        }

        connection.SendBytes(Welcome);
    }

    private static void Answer(Connection connection, byte[] key, CancellationToken cancellationToken)
    {
        byte[] message = connection.ReceiveHandshakeMessage(LargestMessage, cancellationToken);
        if (message.Length != Challenge.Length + NonceSize || !message.AsSpan().StartsWith(Challenge))
        {
            throw new AuthenticationFailedException("The other end did not send an authentication challenge: it expects no key, or it is not a Multiprocessing listener or client.");
        }

        connection.SendBytes(HMACSHA256.HashData(key, message));
        byte[] verdict = connection.ReceiveHandshakeMessage(LargestMessage, cancellationToken);
        if (!verdict.AsSpan().SequenceEqual(Welcome))
        {
            throw new AuthenticationFailedException("The other end refused this process's authentication key: the two ends were given different keys.");
        }
    }
}
