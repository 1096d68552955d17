//! The container of a law pack or a locale pack: what the build script (`build-script/`) writes and the engine reads.
//!
//! ```text
//! magic      8 bytes   "PPPACK\0" and the container version (1)
//! format     u16 LE length, then UTF-8: the engine version and a hash of the data model, the
//!                       law data and the messages it was made with (packs and engine are one unit)
//! kind       u8        1 = law (a jurisdiction's profile and holiday calendar), 2 = locale
//! code       u8 length, then ASCII: `AT`, `EU`, `de`, `sr-Latn`
//! payload    u32 LE length, then postcard bytes
//! checksum   u64 LE    FNV-1a (64 bit) of every byte before it
//! ```
//!
//! The checksum finds damage (a truncated download, a flipped byte, an edited file); it is not
//! a signature, and need not be: packs come from the package's own files. This file is shared
//! with the build script (`build-script/`), so it uses nothing but `core` and `alloc`.

/// The first eight bytes of every pack: a name and the container version.
pub const MAGIC: &[u8; 8] = b"PPPACK\x00\x01";

/// A law pack: one jurisdiction's profile and its holiday calendar (either may be absent).
pub const KIND_LAW: u8 = 1;
/// A locale pack: one locale's messages.
pub const KIND_LOCALE: u8 = 2;
/// A words pack: one jurisdiction's law words in one locale.
pub const KIND_WORDS: u8 = 3;

/// FNV-1a, 64 bit.
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Writes a pack. `format` and `code` must fit their length fields (the build checks it).
pub fn encode(format: &str, kind: u8, code: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + format.len() + code.len() + 32);
    out.extend_from_slice(MAGIC);
    let format_len = u16::try_from(format.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&format_len.to_le_bytes());
    out.extend_from_slice(&format.as_bytes()[..usize::from(format_len)]);
    out.push(kind);
    let code_len = u8::try_from(code.len()).unwrap_or(u8::MAX);
    out.push(code_len);
    out.extend_from_slice(&code.as_bytes()[..usize::from(code_len)]);
    let payload_len = u32::try_from(payload.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&payload_len.to_le_bytes());
    out.extend_from_slice(payload);
    let sum = fnv64(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// A pack's parts, borrowed from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts<'a> {
    /// The format it was made for.
    pub format: &'a str,
    /// `KIND_LAW` or `KIND_LOCALE` (or another byte, which the reader refuses).
    pub kind: u8,
    /// The jurisdiction or locale.
    pub code: &'a str,
    /// The postcard payload.
    pub payload: &'a [u8],
    /// The checksum, as stored (and found right).
    pub checksum: u64,
}

/// Why bytes are not a readable pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// They do not start with the pack's name.
    NotAPack,
    /// A container version this reader does not know.
    ContainerVersion(u8),
    /// They end before the pack does.
    Truncated,
    /// They go on after the pack's end.
    TrailingBytes,
    /// A text field is not UTF-8 (or a code not ASCII).
    BadText,
    /// The checksum does not match: the bytes were altered.
    Checksum,
}

/// Reads a pack's container, checking its length and checksum (not its format or payload).
///
/// # Errors
/// The first `Damage` found.
pub fn decode(bytes: &[u8]) -> Result<Parts<'_>, Damage> {
    if bytes.len() < MAGIC.len() || bytes[..MAGIC.len() - 1] != MAGIC[..MAGIC.len() - 1] {
        return Err(Damage::NotAPack);
    }
    if bytes[MAGIC.len() - 1] != MAGIC[MAGIC.len() - 1] {
        return Err(Damage::ContainerVersion(bytes[MAGIC.len() - 1]));
    }
    let mut at = MAGIC.len();
    let mut take = |n: usize| -> Result<&[u8], Damage> {
        let end = at.checked_add(n).ok_or(Damage::Truncated)?;
        let piece = bytes.get(at..end).ok_or(Damage::Truncated)?;
        at = end;
        Ok(piece)
    };
    let format_len = take(2)?;
    let format_len = usize::from(u16::from_le_bytes([format_len[0], format_len[1]]));
    let format = core::str::from_utf8(take(format_len)?).map_err(|_| Damage::BadText)?;
    let kind = take(1)?[0];
    let code_len = usize::from(take(1)?[0]);
    let code = take(code_len)?;
    if !code.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
        return Err(Damage::BadText);
    }
    let code = core::str::from_utf8(code).map_err(|_| Damage::BadText)?;
    let payload_len = take(4)?;
    let payload_len = u32::from_le_bytes([
        payload_len[0],
        payload_len[1],
        payload_len[2],
        payload_len[3],
    ]);
    let payload = take(usize::try_from(payload_len).map_err(|_| Damage::Truncated)?)?;
    let body_end = MAGIC.len() + 2 + format_len + 2 + code_len + 4 + payload.len();
    let stored = take(8)?;
    let mut sum = [0u8; 8];
    sum.copy_from_slice(stored);
    let checksum = u64::from_le_bytes(sum);
    if bytes.len() != body_end + 8 {
        return Err(Damage::TrailingBytes);
    }
    if fnv64(&bytes[..body_end]) != checksum {
        return Err(Damage::Checksum);
    }
    Ok(Parts {
        format,
        kind,
        code,
        payload,
        checksum,
    })
}
