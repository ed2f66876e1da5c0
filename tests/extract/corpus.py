"""Body text for the extraction fixtures: short Indonesian news stories and sentences written for these tests.

Every name, outlet and place-holder here is invented ("Kota Contoh", "Harian Contoh", "kabarcontoh.id") or
generic; nothing is copied from a real page. A story is a list of paragraphs, a paragraph a list of
sentences; the layout fixtures print a story between chrome and check that every sentence survives whole.
The property tests draw from SENTENCES (the stories' sentences plus EXTRA ones of other shapes: quotes,
questions, numbers, lists, dates and news pegs in the body).
"""

from __future__ import annotations

Story = list[list[str]]

FLOOD: Story = [
    ["Pemerintah Kota Contoh mulai membangun tanggul baru sepanjang 3,5 kilometer di tepi Sungai Cibiru untuk "
     "mencegah banjir tahunan.",
     "Proyek senilai Rp48 miliar itu ditargetkan rampung sebelum musim hujan tahun depan."],
    ["\"Kami tidak ingin warga kembali mengungsi setiap Januari,\" kata Kepala Dinas Pekerjaan Umum Kota Contoh, "
     "Rina Marlina, di lokasi proyek.",
     "Menurut Rina, tanggul itu akan dilengkapi tiga pintu air dan dua pompa berkapasitas besar."],
    ["Warga di bantaran sungai menyambut baik rencana tersebut.",
     "Namun, sebagian dari mereka masih menunggu kepastian soal ganti rugi lahan yang terkena proyek."],
]

NAVY: Story = [
    ["Angkatan laut kedua negara menggelar latihan bersama di perairan selatan selama lima hari untuk menguji "
     "kemampuan patroli gabungan.",
     "Latihan itu melibatkan enam kapal perang, dua pesawat intai, dan sekitar 1.200 personel."],
    ["Komandan latihan, Laksamana Pertama Hendra Wijaya, mengatakan skenario tahun ini berfokus pada pencarian "
     "dan pertolongan di laut lepas.",
     "\"Kerja sama seperti ini membangun kepercayaan di antara para pelaut kita,\" ujarnya."],
    ["Pengamat pertahanan menilai latihan tersebut penting di tengah meningkatnya lalu lintas kapal asing di "
     "kawasan itu.",
     "Latihan serupa direncanakan kembali tahun depan dengan jumlah peserta yang lebih besar."],
]

RICE: Story = [
    ["Harga beras medium di pasar tradisional naik menjadi Rp13.200 per kilogram dalam sepekan terakhir.",
     "Kenaikan itu dipicu berkurangnya pasokan dari sentra produksi setelah musim panen berakhir."],
    ["Seorang pedagang, Siti Aminah, mengaku omzetnya turun hampir separuh karena pembeli mengurangi belanja.",
     "\"Biasanya saya menjual dua kuintal sehari, sekarang paling banyak satu kuintal,\" katanya."],
    ["Pemerintah daerah berjanji menggelar operasi pasar di 12 titik mulai pekan depan.",
     "Stok cadangan di gudang dinyatakan cukup hingga tiga bulan ke depan."],
]

DIPLOMACY: Story = [
    ["Menteri luar negeri kedua negara bertemu selama dua jam untuk membahas perluasan kerja sama perdagangan "
     "dan pendidikan.",
     "Pertemuan itu merupakan yang pertama sejak kedua pemerintah menandatangani nota kesepahaman tiga tahun lalu."],
    ["Seusai pertemuan, keduanya sepakat membuka jalur penerbangan langsung dan menambah kuota beasiswa bagi "
     "mahasiswa.",
     "\"Kami ingin hubungan ini terasa manfaatnya oleh rakyat biasa,\" kata salah satu menteri dalam jumpa pers."],
    ["Kedua delegasi juga membicarakan situasi keamanan kawasan yang memanas dalam beberapa bulan terakhir.",
     "Pertemuan lanjutan tingkat pejabat senior dijadwalkan berlangsung akhir tahun ini."],
]

QUAKE: Story = [
    ["Gempa bermagnitudo 5,6 mengguncang wilayah pesisir selatan pada dini hari dan dirasakan hingga tiga "
     "kabupaten.",
     "Badan meteorologi menyatakan gempa tersebut tidak berpotensi tsunami."],
    ["Pusat gempa berada di laut pada jarak 72 kilometer arah barat daya dengan kedalaman 28 kilometer.",
     "\"Warga diminta tetap tenang dan tidak mudah percaya kabar bohong,\" kata kepala stasiun geofisika setempat."],
    ["Hingga pagi hari belum ada laporan kerusakan berat maupun korban jiwa.",
     "Petugas masih mendata rumah warga yang mengalami retak di dinding."],
]

FOOTBALL: Story = [
    ["Tim nasional sepak bola putri memastikan tiket ke babak semifinal setelah menang 2-1 atas tuan rumah "
     "dalam laga yang berlangsung sengit.",
     "Dua gol kemenangan dicetak pada babak kedua melalui sundulan dan tendangan bebas."],
    ["Pelatih kepala, Dewi Lestari, memuji mental para pemain yang sempat tertinggal lebih dulu.",
     "\"Mereka tidak menyerah meski lawan menekan sejak menit pertama,\" ujarnya."],
    ["Di semifinal, tim akan menghadapi juara bertahan yang belum terkalahkan sepanjang turnamen.",
     "Laga tersebut dijadwalkan digelar tiga hari lagi di stadion yang sama."],
]

COUNCIL: Story = [
    ["Dewan perwakilan rakyat daerah mengesahkan peraturan tentang perlindungan pedagang kecil dalam rapat "
     "paripurna yang dihadiri 41 anggota.",
     "Aturan itu mewajibkan pusat belanja menyediakan ruang usaha bagi pelaku usaha mikro."],
    ["Ketua panitia khusus, Agus Salim Nasution, menyebut pembahasan aturan tersebut memakan waktu hampir satu "
     "tahun.",
     "\"Kami mendengar masukan dari pedagang, pengelola pasar, dan akademisi,\" katanya."],
    ["Pemerintah daerah diberi waktu enam bulan untuk menyusun aturan pelaksanaannya.",
     "Pelanggaran atas kewajiban itu dapat dikenai sanksi administratif hingga pencabutan izin usaha."],
]

# A later page of a long article: it starts mid-story (no title, no dateline), as a page-2 copy does.
SMOKE_PAGE2: Story = [
    ["Selain itu, petugas kesehatan juga membagikan ribuan masker kepada warga yang tinggal di sekitar lokasi "
     "kebakaran lahan.",
     "Kabut asap tebal masih menyelimuti permukiman hingga sore hari dan jarak pandang turun di bawah 200 meter."],
    ["\"Kami sudah berkoordinasi dengan semua puskesmas agar siaga selama 24 jam,\" pungkasnya.",
     "Sekolah-sekolah di tiga kecamatan meliburkan siswa sampai kualitas udara membaik."],
    ["Dinas kesehatan mencatat lonjakan kasus infeksi saluran pernapasan dalam dua pekan terakhir.",
     "Sebagian besar pasien adalah anak-anak dan warga lanjut usia."],
]

STORIES = {"flood": FLOOD, "navy": NAVY, "rice": RICE, "diplomacy": DIPLOMACY, "quake": QUAKE,
           "football": FOOTBALL, "council": COUNCIL, "smoke_page2": SMOKE_PAGE2}

# Sentences of other shapes, for the property tests: questions, lists, numbers, quotes inside quotes, dates
# and news pegs in the body, abbreviations, a sentence that names an outlet without citing it.
EXTRA = [
    "Apakah kebijakan itu akan efektif menekan harga dalam jangka pendek?",
    "Bagaimana nasib ratusan pekerja yang dirumahkan sejak awal tahun?",
    "Rapat koordinasi digelar di Balai Kota Contoh pada Selasa (16/9/2025) pagi.",
    "Kebijakan tersebut mulai berlaku pada 1 Januari 2026 dan dievaluasi setiap enam bulan.",
    "Jumlah penumpang naik 12,5 persen menjadi 48.300 orang per hari.",
    "Anggaran yang disiapkan mencapai Rp1,2 triliun, sebagian besar dari APBD.",
    "Ketiga tersangka, yakni AS (34), RM (29), dan TK (41), kini ditahan di rutan polres.",
    "Bantuan yang disalurkan berupa beras, minyak goreng, gula, dan selimut.",
    "\"Kami berharap, 'gotong royong' tidak hanya menjadi slogan,\" ujar Bupati Contoh, Wahyu Pratama.",
    "Menurut data dinas, ada 1.245 rumah yang terendam, 37 di antaranya rusak berat.",
    "Pukul 14.30 WIB, hujan deras kembali turun dan memperlambat proses evakuasi.",
    "Pertandingan berakhir imbang 1-1 setelah gol penyeimbang tercipta pada menit ke-89.",
    "Warga diminta melapor melalui nomor darurat 112 jika melihat tanda-tanda longsor.",
    "Dr. Hana Wulandari, M.Kes., menyarankan warga memakai masker saat keluar rumah.",
    "Sidang ditunda hingga Kamis pekan depan untuk mendengarkan keterangan saksi ahli.",
    "Pemerintah pusat belum menanggapi permintaan tambahan kuota pupuk bersubsidi.",
    "Sejak 2019, jumlah wisatawan mancanegara ke pulau itu terus meningkat.",
    "Kepala desa mengatakan jalan rusak itu sudah dilaporkan sejak tiga tahun lalu.",
    "Ia menunjukkan foto kapal itu kepada para nelayan yang berkumpul di dermaga.",
    "Para peserta berasal dari Aceh, Papua, Maluku, dan Nusa Tenggara Timur.",
    "Hasil survei menunjukkan 63 persen responden setuju dengan rencana tersebut.",
    "Kenapa harga cabai selalu naik menjelang hari raya?",
    "Peristiwa itu terjadi pada Minggu (14/9) sekitar pukul 03.00 dini hari.",
    "Polisi masih menyelidiki penyebab kebakaran yang menghanguskan 15 kios di pasar tersebut.",
    "Tahun lalu, program serupa hanya menjangkau separuh dari target penerima.",
    "Di media sosial, video kejadian itu sudah ditonton lebih dari dua juta kali.",
    "Perusahaan berjanji memberikan kompensasi kepada seluruh warga yang terdampak.",
    "\"Saya tidak tahu harus mengadu ke mana lagi,\" kata Suparman sambil menahan tangis.",
]

SENTENCES = [s for story in STORIES.values() for paragraph in story for s in paragraph] + EXTRA


def sentences(story: Story) -> list[str]:
    return [s for paragraph in story for s in paragraph]


def paragraphs(story: Story) -> list[str]:
    return [" ".join(paragraph) for paragraph in story]
