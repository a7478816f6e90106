namespace Multiprocessing.Tests.SharedMemoryBlocks;

public sealed class ShareableListTests
{
    [Fact]
    public void Items_read_back_as_created_and_can_be_replaced_in_their_slots()
    {
        using var list = ShareableList.Create([7, 8L, 2.5, true, "héllo", new byte[] { 1, 2 }, null]);
        Assert.Equal(7, list.Count);
        Assert.Equal(7, list[0]);
        Assert.Equal(8L, list[1]);
        Assert.Equal(2.5, list[2]);
        Assert.Equal(true, list[3]);
        Assert.Equal("héllo", list[4]);
        Assert.Equal(new byte[] { 1, 2 }, list[5]);
        Assert.Null(list[6]);

        list[0] = -1;
        list[1] = "short"; // any value that fits the slot, as in Python
        list[4] = "hallo!";
        list[6] = 3.25;
        Assert.Equal([-1, "short", 2.5, true, "hallo!", new byte[] { 1, 2 }, 3.25], list.ToArray());
    }

    [Fact]
    public void A_string_longer_than_its_slot_is_refused_and_the_slot_is_unchanged()
    {
        using var list = ShareableList.Create(["abc", "x"], minimumSlotBytes: 0);
        Assert.Equal(8, list.GetSlotSize(0));
        var tooLong = Assert.Throws<ArgumentException>(() => list[0] = "123456789");
        Assert.Contains("slot is 8 bytes", tooLong.Message);
        Assert.Equal("abc", list[0]);
        list[0] = "1234567";
        Assert.Equal("1234567", list[0]);

        using var roomy = ShareableList.Create(["a"], minimumSlotBytes: 30);
        Assert.Equal(32, roomy.GetSlotSize(0));
        roomy[0] = new string('z', 32);
        Assert.Throws<ArgumentException>(() => roomy[0] = "ü" + new string('z', 31)); // 33 UTF-8 bytes
    }

    [Fact]
    public void CountOf_and_IndexOf_compare_like_python()
    {
        using var list = ShareableList.Create([1, 2L, "a", 1L, new byte[] { 9 }, null]);
        Assert.Equal(2, list.CountOf(1));
        Assert.Equal(0, list.IndexOf(1L));
        Assert.Equal(2, list.IndexOf("a"));
        Assert.Equal(4, list.IndexOf(new byte[] { 9 }));
        Assert.Equal(5, list.IndexOf(null));
        Assert.Equal(-1, list.IndexOf("b"));
        Assert.Equal(0, list.CountOf(3.0));
    }

    [Fact]
    public void Bad_input_gives_errors_that_say_what_is_wrong()
    {
        var unsupported = Assert.Throws<ArgumentException>(() => ShareableList.Create([1, DateTime.Now]));
        Assert.Contains("Item 1 is a System.DateTime", unsupported.Message);

        using var list = ShareableList.Create([1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentException>(() => list[0] = 'c');

        using var notAList = SharedMemory.Create(64);
        var invalid = Assert.Throws<InvalidDataException>(() => ShareableList.Attach(notAList.Name));
        Assert.Contains("does not hold a ShareableList", invalid.Message);
        Assert.Throws<FileNotFoundException>(() => ShareableList.Attach("mp-test-no-such-list"));
    }

    [Fact]
    public async Task Attach_by_name_and_children_see_the_same_list()
    {
        using var list = ShareableList.Create([41, 2.5, false, new byte[] { 0xAB }, "from parent"]);
        using (var attached = ShareableList.Attach(list.Name))
        {
            Assert.Equal(list.ToArray(), attached.ToArray());
        }

        using var child = Process.Create(CollectionEntries.DescribeAndUpdate, list);
        child.Start();
        Assert.Equal("41|2.5|False|AB|from parent", await child.Result);
        Assert.Equal(42, list[0]);
        Assert.Equal("from child", list[4]);
    }

    [Fact]
    public void An_empty_list_works()
    {
        using var list = ShareableList.Create([]);
        Assert.Empty(list);
        Assert.Equal(-1, list.IndexOf(0));
    }
}
