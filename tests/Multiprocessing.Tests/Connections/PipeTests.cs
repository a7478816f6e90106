using System.Buffers.Binary;
using System.Net.Sockets;

namespace Multiprocessing.Tests.Connections;

public sealed class PipeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_child_sends_hello_world_through_its_end_of_a_pipe()
    {
        var (parentEnd, childEnd) = Pipe.Create();
        using (parentEnd)
        {
            using var child = Process.Create(ConnectionEntries.SendHello, childEnd);
            child.Start();
            childEnd.Close();

            Assert.Equal("hello world", parentEnd.Receive<string>());
            Assert.True(child.Join(Patience));
            await child.Completion;
            Assert.Throws<ConnectionClosedException>(() => parentEnd.Receive<string>());
        }
    }

    [Fact]
    public async Task Typed_messages_go_both_ways_and_the_child_sees_the_end_of_the_stream()
    {
        var (parentEnd, childEnd) = Pipe.Create();
        using var child = Process.Create(ConnectionEntries.TotalOrders, childEnd);
        child.Start();
        childEnd.Dispose();

        for (int i = 1; i <= 3; i++)
        {
            parentEnd.Send(new Order($"c{i}", [i, 10 * i, 100 * i], []));
            Assert.Equal(111 * i, parentEnd.Receive<int>());
        }

        parentEnd.Close();
        Assert.Equal(3, await child.Result.WaitAsync(Patience));
    }

    [Fact]
    public void Byte_messages_honour_offset_and_size_and_a_short_buffer_loses_nothing()
    {
        var (left, right) = Pipe.Create();
        using (left)
        using (right)
        {
            left.SendBytes([0, 1, 2, 3, 4, 5, 6, 7], offset: 2, size: 3);
            Assert.Equal(new byte[] { 2, 3, 4 }, right.ReceiveBytes());

            left.SendBytes([9, 8, 7, 6], offset: 1);
            var buffer = new byte[6];
            Assert.Equal(3, right.ReceiveBytesInto(buffer, offset: 2));
            Assert.Equal(new byte[] { 0, 0, 8, 7, 6, 0 }, buffer);

            left.SendBytes(new byte[5]);
            var tooShort = Assert.Throws<BufferTooShortException>(() => right.ReceiveBytesInto(new byte[8], offset: 4));
            Assert.Equal(5, tooShort.ReceivedMessage.Length);

            right.SendBytes(ReadOnlySpan<byte>.Empty);
            Assert.Empty(left.ReceiveBytes());

            Assert.Throws<ArgumentOutOfRangeException>(() => left.SendBytes(new byte[4], offset: 5));
            Assert.Throws<ArgumentOutOfRangeException>(() => left.SendBytes(new byte[4], offset: 1, size: 4));
            Assert.False(right.Poll());
        }
    }

    [Fact]
    public void Poll_times_out_without_a_message_and_sees_one_and_the_close()
    {
        var (left, right) = Pipe.Create();
        using (right)
        {
            Assert.False(right.Poll());
            Assert.False(right.Poll(TimeSpan.FromMilliseconds(50)));
            left.Send(42);
            Assert.True(right.Poll(Patience));
            Assert.Equal(42, right.Receive<int>());
            left.Close();
            Assert.True(right.Poll(Patience));
            Assert.Throws<ConnectionClosedException>(() => right.Receive<int>());
            Assert.Throws<ConnectionClosedException>(() => right.Send(1));
            Assert.Throws<ObjectDisposedException>(() => left.Send(1));
            Assert.Throws<ArgumentOutOfRangeException>(() => right.Poll(TimeSpan.FromMilliseconds(-5)));
        }
    }

    [Fact]
    public void A_one_way_pipe_receives_on_its_first_end_and_sends_on_its_second()
    {
        var (receiver, sender) = Pipe.Create(duplex: false);
        using (receiver)
        using (sender)
        {
            Assert.True(receiver.Readable);
            Assert.False(receiver.Writable);
            Assert.False(sender.Readable);
            Assert.True(sender.Writable);
            sender.Send("one way");
            Assert.Equal("one way", receiver.Receive<string>());
            Assert.Contains("read-only", Assert.Throws<InvalidOperationException>(() => receiver.Send(1)).Message);
            Assert.Contains("write-only", Assert.Throws<InvalidOperationException>(() => sender.Receive<int>()).Message);
            Assert.Contains("write-only", Assert.Throws<InvalidOperationException>(() => sender.Poll()).Message);
        }
    }

    [Fact]
    public async Task A_child_uses_the_sending_end_of_a_one_way_pipe()
    {
        var (receiver, sender) = Pipe.Create(duplex: false);
        using (receiver)
        {
            using var child = Process.Create(ConnectionEntries.SendOnly, sender, "from the child");
            child.Start();
            sender.Close();
            Assert.Equal("from the child", receiver.Receive<string>());
            await child.Completion.WaitAsync(Patience);
        }
    }

    [Fact]
    public void A_message_of_the_wrong_type_is_a_clear_error_and_the_pipe_stays_usable()
    {
        var (left, right) = Pipe.Create();
        using (left)
        using (right)
        {
            left.Send(7);
            var error = Assert.Throws<InvalidDataException>(() => right.Receive<long>());
            Assert.Contains("not a serialized Int64", error.Message);

            left.Send(7);
            Assert.Contains("left 2", Assert.Throws<InvalidDataException>(() => right.Receive<short>()).Message);

            left.SendBytes([1, 2, 3]);
            Assert.IsType<InvalidDataException>(Assert.ThrowsAny<Exception>(() => right.Receive<Order>()));

            left.Send("still fine");
            Assert.Equal("still fine", right.Receive<string>());
        }
    }

    [Fact]
    public void Raw_bytes_with_an_absurd_or_negative_length_are_refused_on_the_reading_side()
    {
        foreach (int length in new[] { -1, int.MaxValue, Connection.MaxMessageSize + 1 })
        {
            var (left, right) = Pipe.Create();
            using (left)
            using (right)
            {
                WriteRaw(left, Header(length));
                var error = Assert.Throws<InvalidDataException>(() => right.Receive<int>());
                Assert.Contains("not a valid message length", error.Message);
                Assert.True(right.Poll());
                Assert.Throws<InvalidDataException>(() => right.ReceiveBytes());
            }
        }
    }

    [Fact]
    public void A_frame_cut_short_by_a_close_is_a_clear_error_then_the_end_of_the_stream()
    {
        var (left, right) = Pipe.Create();
        using (right)
        {
            WriteRaw(left, [.. Header(100), 1, 2, 3]);
            left.Close();
            var error = Assert.Throws<InvalidDataException>(() => right.ReceiveBytes());
            Assert.Contains("3 of its 100 bytes", error.Message);
            Assert.Throws<ConnectionClosedException>(() => right.ReceiveBytes());
        }

        var (half, other) = Pipe.Create();
        using (other)
        {
            WriteRaw(half, [1, 2]);
            half.Close();
            Assert.Throws<InvalidDataException>(() => other.ReceiveBytes());
        }
    }

    [Fact]
    public async Task Sixty_four_MiB_arrive_whole_from_a_child()
    {
        const int size = 64 << 20;
        var (parentEnd, childEnd) = Pipe.Create();
        using (parentEnd)
        {
            using var child = Process.Create(ConnectionEntries.SendLarge, childEnd, size);
            child.Start();
            childEnd.Close();
            var received = parentEnd.ReceiveBytes();
            Assert.Equal(size, received.Length);
            Assert.Equal(await child.Result.WaitAsync(Patience), ConnectionEntries.Checksum(received));
        }
    }

    [Fact]
    public void A_message_larger_than_the_limit_is_refused_before_anything_is_sent()
    {
        var (left, right) = Pipe.Create();
        using (left)
        using (right)
        {
            var huge = new byte[Connection.MaxMessageSize + 1];
            Assert.Contains("more than a connection carries", Assert.Throws<ArgumentException>(() => left.SendBytes(huge)).Message);
            Assert.False(right.Poll());
        }
    }

    [Fact]
    public async Task Asynchronous_receives_complete_and_cancel_without_losing_a_message()
    {
        var (parentEnd, childEnd) = Pipe.Create();
        using (parentEnd)
        {
            using var child = Process.Create(ConnectionEntries.EchoBytesAsync, childEnd);
            child.Start();
            childEnd.Close();

            using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => parentEnd.ReceiveBytesAsync(cancellation.Token));
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => parentEnd.PollAsync(Timeout.InfiniteTimeSpan, cancellation.Token));
            }

            Assert.False(await parentEnd.PollAsync(TimeSpan.FromMilliseconds(20)));
            await parentEnd.SendBytesAsync(new byte[] { 1, 2, 3 });
            Assert.Equal(new byte[] { 1, 2, 3 }, await parentEnd.ReceiveBytesAsync().WaitAsync(Patience));

            var (left, right) = Pipe.Create();
            using (left)
            using (right)
            {
                var pending = right.ReceiveAsync<string>();
                await left.SendAsync("typed");
                Assert.Equal("typed", await pending.WaitAsync(Patience));
            }

            parentEnd.Close();
            await child.Completion.WaitAsync(Patience);
        }
    }

    [Fact]
    public void An_end_cannot_travel_inside_a_message()
    {
        var (left, right) = Pipe.Create();
        var (third, fourth) = Pipe.Create();
        using (left)
        using (right)
        using (third)
        using (fourth)
        {
            var error = Assert.Throws<InvalidOperationException>(() => left.Send(third));
            Assert.Contains("only as an argument of a process", error.Message);
            Assert.False(right.Poll());
        }
    }

    private static byte[] Header(int length)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, length);
        return header;
    }

    /// <summary>Writes bytes into the end's socket directly, as a peer that does not speak our frames would.</summary>
    private static void WriteRaw(Connection end, byte[] bytes)
    {
        using var socket = new Socket(new SafeSocketHandle(end.Handle.DangerousGetHandle(), ownsHandle: false));
        socket.Send(bytes);
    }
}
