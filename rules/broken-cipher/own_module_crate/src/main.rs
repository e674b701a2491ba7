mod kind;

fn main() {
    let _sealer = kind::select(None);
}
