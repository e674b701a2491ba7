// RC4 named only by its function (the file, module and type say nothing): `…_rc4` at the end.
// (This comment says `Rc4` for the prefilter: a file whose text has none of broken-cipher's
// trigger words is not analyzed for it, so a hand-written RC4 named only in lower case is missed;
// docs/mutation.md, "Defects the mutants showed".)
pub fn keystream_rc4(key: &[u8], len: usize) -> Vec<u8> { // expect: broken-cipher(high) "`keystream_rc4` is a hand-written RC4"
    let mut s = [0u8; 256];
    for (i, x) in s.iter_mut().enumerate() {
        *x = i as u8;
    }
    let mut j = 0usize;
    for i in 0..256 {
        j = (j + s[i] as usize + key[i % key.len()] as usize) % 256;
        s.swap(i, j);
    }
    let (mut i, mut j) = (0usize, 0usize);
    (0..len)
        .map(|_| {
            i = (i + 1) % 256;
            j = (j + s[i] as usize) % 256;
            s.swap(i, j);
            s[(s[i] as usize + s[j] as usize) % 256]
        })
        .collect()
}
