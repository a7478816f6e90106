using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;

namespace Multiprocessing.Managers;

/// <summary>
/// The handshake that opens every connection, before any request is read: the server sends a random challenge and
/// the client answers with its HMAC-SHA256 under the shared key, then the client challenges the server the same way
/// (Python's <c>deliver_challenge</c>/<c>answer_challenge</c>, in both directions). A wrong answer closes the
/// connection; the key itself never crosses the wire.
/// </summary>
internal static class ManagerAuthentication
{
    private const int ChallengeSize = 32;
    private const byte Welcome = 1;
    private const byte Failure = 0;
    private static readonly byte[] Magic = "MPMGR1"u8.ToArray();

    public static void AuthenticateAsServer(Socket socket, byte[] key)
    {
        SendChallengeAndCheckAnswer(socket, key, "client");
        AnswerChallenge(socket, key, "client");
    }

    public static void AuthenticateAsClient(Socket socket, byte[] key)
    {
        AnswerChallenge(socket, key, "manager server");
        SendChallengeAndCheckAnswer(socket, key, "manager server");
    }

    private static void SendChallengeAndCheckAnswer(Socket socket, byte[] key, string peer)
    {
        var challenge = new byte[Magic.Length + ChallengeSize];
        Magic.CopyTo(challenge, 0);
        RandomNumberGenerator.Fill(challenge.AsSpan(Magic.Length));
        socket.Send(challenge);
        var answer = new byte[ChallengeSize];
        ReceiveExactly(socket, answer, peer);
        bool good = CryptographicOperations.FixedTimeEquals(answer, HMACSHA256.HashData(key, challenge));
        socket.Send([good ? Welcome : Failure]);
        if (!good)
        {
            throw new AuthenticationException($"The {peer} answered the authentication challenge with a digest of another key: it does not know this manager's authentication key.");
        }
    }

    private static void AnswerChallenge(Socket socket, byte[] key, string peer)
    {
        var challenge = new byte[Magic.Length + ChallengeSize];
        ReceiveExactly(socket, challenge, peer);
        if (!challenge.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new AuthenticationException($"The {peer} did not start with a manager authentication challenge: the address is not a manager's.");
        }

        socket.Send(HMACSHA256.HashData(key, challenge));
        var verdict = new byte[1];
        ReceiveExactly(socket, verdict, peer);
        if (verdict[0] != Welcome)
        {
            throw new AuthenticationException($"The {peer} refused the authentication key: connect with the key the manager was started with.");
        }
    }

    private static void ReceiveExactly(Socket socket, Span<byte> buffer, string peer)
    {
        while (!buffer.IsEmpty)
        {
            int read = socket.Receive(buffer);
            if (read == 0)
            {
                throw new AuthenticationException($"The {peer} closed the connection during authentication (a wrong key, or not a manager).");
            }

            buffer = buffer[read..];
        }
    }
}
