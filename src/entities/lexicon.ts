/** Cue lexicons of the entity rules (lower case, apostrophes straight). Frozen; read only. */
import { table } from '../lexicon/table.js';

const set = (words: string): ReadonlySet<string> => Object.freeze(new Set(words.trim().split(/\s*\|\s*/)));

/**
 * Titles and offices that precede a name (and are not part of it). Multi-word titles are matched
 * token by token, longest first. An honorific (Mr, Mrs) marks a person but is not a role.
 */
export const TITLES = set(`
president | vice president | prime minister | deputy prime minister | minister | foreign minister | defence minister |
defense minister | finance minister | interior minister | trade minister | economy minister | oil minister |
agriculture minister | farm minister | health minister | justice minister | energy minister | industry minister |
secretary | secretary of state | secretary-general | secretary general | defense secretary | defence secretary |
home secretary | foreign secretary | treasury secretary | chancellor | premier | king | queen | prince | princess |
emperor | sultan | sheikh | emir | crown prince | pope | cardinal | archbishop | bishop | rev | reverend | ayatollah |
imam | rabbi | general | gen | lieutenant general | lt gen | lt | major general | maj gen | brigadier | colonel | col |
major | captain | capt | admiral | adm | commander | marshal | field marshal | sergeant | sgt | corporal | chief of army staff |
army chief | chief of staff | chief of defence staff | chief justice | justice | judge | senator | sen | representative |
rep | congressman | congresswoman | councilman | councilwoman | councillor | councilor | alderman | alderwoman | assemblyman | assemblywoman | assemblymember | governor | gov | mayor | ambassador | envoy | commissioner | spokesman |
spokeswoman | spokesperson | chairman | chairwoman | chair | chief executive | ceo | director | director-general |
director general | managing director | president-elect | leader | opposition leader | coach | manager | striker |
midfielder | defender | goalkeeper | skipper | chief | dr | doctor | professor | prof | attorney general |
prosecutor | analyst | economist | strategist | lawyer | attorney | trader | dealer | sir | lord | lady | dame | deputy | party leader | speaker | police chief | inspector | detective |
assistant secretary | undersecretary | under secretary | undersecretary-general | under-secretary-general | under-secretary | journalist | writer | author | novelist | poet | actor | actress | businessman | businesswoman | tycoon | attorney-general |
activist | photographer | reporter | correspondent | columnist | editor | trainer | jockey | pitcher |
reliever | catcher | batsman | bowler | sprinter | cyclist | minister of state | assistant secretary of state | under secretary of state | undersecretary of state |
under-secretary of state | deputy secretary of state |
district judge | circuit judge | magistrate judge | bankruptcy judge | appeals judge | majority leader | minority leader |
majority whip | minority whip | chief financial officer | chief operating officer | chief economist | cfo | coo | founder | co-founder |
vice chairman | deputy governor | finance chief | administrator | deputy administrator
`);

/** First words of the titles: most tokens fail this one lookup and need no phrase search. */
export const TITLE_FIRST: ReadonlySet<string> = Object.freeze(new Set([...TITLES].map((t) => t.split(' ')[0]!)));

/** Portfolios that open a title before an office ("Environment Secretary", "Trade Representative"). */
export const PORTFOLIOS = set(`
environment | competition | trade | economy | energy | health | education | transport | justice | interior | foreign |
defence | defense | finance | treasury | home | labour | labor | agriculture | culture | housing | digital | climate |
industry | commerce | security | immigration | development | infrastructure | communications | employment | welfare |
tourism | sports | sport | science | technology | budget | fisheries | water | mining | planning | environmental | social
`);

/** Portfolios that name a ministry by description ("the finance ministry", "ministry of defence"); "foreign" and "interior" too. */
export const MINISTRY_PORTFOLIOS: ReadonlySet<string> = Object.freeze(new Set([...PORTFOLIOS, 'foreign', 'interior', 'information', 'farm', 'oil', 'transportation', 'economic', 'economics', 'petroleum', 'fisheries', 'justice']));

/** Offices a portfolio may precede. */
export const OFFICES = set(`secretary | minister | undersecretary | under-secretary | commissioner | representative | spokesman | spokeswoman | spokesperson | adviser | advisor | envoy | czar | tsar | chief`);

/** Honorifics: mark a person; not recorded as roles. */
export const HONORIFICS = set(`mr | mrs | ms | mr. | mrs. | ms. | dr. | messrs | mme`);

/** Words that make a capitalised span an organisation when they end it (or head "X of Y"). */
export const ORG_WORDS = set(`
corp | corporation | inc | incorporated | ltd | limited | plc | co | company | companies | group | holdings | holding |
bank | foods | devices | pharmaceuticals | institution | enforcement | airlines | airline | airways | motors | industries | industry | international | systems | technologies |
partners | capital | securities | fund | trust | insurance | investments | energy | petroleum | oil | gas | telecom |
communications | media | news | times | post | journal | herald | tribune | press | agency | ministry | department |
office | council | committee | commission | board | authority | bureau | service | services | institute | university |
college | school | academy | foundation | association | federation | union | organisation | organization |
party | front | movement | army | navy | force | forces | guard | guards | police | court | parliament | assembly |
congress | senate | government | administration | cabinet | club | fc | united | rovers | wanderers | athletic |
team | society | church | hospital | customs | alliance | coalition | lines | utilities | tribunal | exchange | reserve | brigade | brigades | council | network | channel |
television | radio | tv | treasury | programme | police | newsroom | daily | gazette | magazine | courier | telegraph | standard | observer | mail | ag | sa | nv | bv | gmbh | spa | llc | lp | ltda | cie | inc. | corp. | ltd. | co.
`);

/** Heads of "X of Y" organisation names ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS = set(`
ministry | department | bank | university | council | commission | committee | board | office | institute |
federation | association | union | league | church | court | house | chamber | academy | college | school |
organisation | organization | party | front | movement | army | people's | bureau | agency | society | republic |
courts | administration | authority | institution | center | centers | centre | centres
`);

/** Heads of geographic names with "of" ("Gulf of Aden", "Strait of Hormuz", "Bay of Bengal", "Cape of Good Hope"). */
export const GEO_HEADS = set(`gulf | cape | strait | straits | bay | sea | isle | lake | mount | islands | horn`);

/** Heads of "X of Y" event names ("World Series of Golf", "Tour of Britain", "Battle of the Bulge", "Treaty of Rome"). */
export const EVENT_HEADS = set(`series | tour | battle | festival | war | siege | treaty | championship | championships | cup | games`);

/** Words in a person's name ("de", "van der") that are lower case but inside the name. */
export const NAME_PARTICLES = set(`de | da | del | della | der | den | van | von | le | la | di | du | dos | das | bin | bint | ibn | al | el | ter | ten | y`);

/** Capitalised words that never start or make a name on their own. */
export const NOT_NAMES = set(`
i | a | an | the | this | that | these | those | it | its | he | she | his | her | they | them | their | we | our | you |
your | my | me | us | who | what | when | where | why | how | which | there | here | and | or | but | if | then | so |
as | at | by | for | from | in | into | of | on | to | with | without | after | before | since | until | while | during |
despite | although | though | because | amid | among | against | about | above | below | over | under | between |
meanwhile | however | moreover | also | yet | still | even | only | just | not | no | yes | all | some | any | each |
every | both | either | neither | many | much | more | most | few | other | another | such | one | two | three |
monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april | may | june |
july | august | september | october | november | december | today | something | everything | nothing |
anything | everybody | everyone | somebody | someone | nobody | anyone | anybody | tomorrow | yesterday | tonight | god | ok | okay | please | thanks | according |
publicly | ultimately | earlier | later | adding | should | would | could | will | can | must | did | does | do | is |
are | was | were | be | been | has | have | had | said | says | former | acting | interim | late | chief |
i'm | i've | i'll | i'd | rival | fellow | halftime | half-time | attendance | aggregate | qualifier | gdp
`);

/** Prepositions after which a capital is a place, not its government ("in Kabul"). */
export const LOCATIVE = set(`in | at | to | from | near | into | inside | outside | via | across | around | through | toward | towards | throughout | within | across | visited | visit | visiting | reached | arrived | left | leave | leaving | flew | travelled | traveled | of | around | between | outside | based | hit | struck`);

/** Verbs of speaking: two capitalised words before one are usually a person. */
export const SPEECH_VERBS = set(`said | says | told | added | asked | replied | explained | stated | noted | insisted | argued | warned | wrote | declared | announced | confirmed | denied`);

/**
 * Verbs of reporting and reacting that follow a named actor ("Greenpeace warned", "Acme, the maker,
 * said"). Kept apart from the cue lexicon on purpose: its finite forms include nouns ("figures",
 * "reports", "notes") that would make "Preliminary figures give …" a name (tried: CoNLL −0.0003 and a
 * spurious organisation in the fixtures).
 */
export const REPORTING_VERBS = set(`
said | says | told | added | stated | noted | insisted | argued | warned | wrote | declared | announced | confirmed |
denied | accused | urged | rejected | welcomed | condemned | criticised | criticized | called | refused | agreed |
reported | pledged | vowed | threatened | demanded | appealed | responded | replied | estimated | predicted | ruled
`);

/** Third-person personal pronouns linked to the nearest preceding person. */
export const PRONOUNS: Readonly<Record<string, 'm' | 'f'>> = table({ he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' });

/** Words that end the name of an event, prize, competition or law (typed EVENT or MISC). */
export const EVENT_WORDS = set(`
open | cup | championship | championships | games | olympics | prize | award | awards | trophy | grand prix | slam |
tour | classic | masters | stakes | derby | series | tournament | festival | war | summit | conference | election |
elections | regulation | act | treaty | accord | agreement | convention | plan | index | award | medal | marathon |
rally | show | expo | fair | week | day | league | division
`);

/** Words that make an article a sports report (where places in results are teams). */
export const SPORTS_WORDS = set(`
soccer | football | baseball | basketball | cricket | tennis | golf | rugby | hockey | cycling | athletics | motor racing |
racing | boxing | skiing | swimming | volleyball | handball | league | championship | innings | scorers | standings |
goals | goal | halftime | half-time | wickets | touchdown | nba | nfl | nhl | prix | rally | motocross | cyclist | cyclists | peloton
`);

/** Words around a team in results: "Chelsea beat Leeds", "Essex v Kent". */
export const RESULT_WORDS = set(`beat | beats | v | vs | vs. | versus | drew | draw | lost | defeated | edged | routed | thrashed | crushed | against | host | hosts | hosted | visit | at`);

/** Month abbreviations: not names when a number follows ("Jan 31"), names otherwise ("Jan Kroslak"). */
export const MONTH_ABBREVIATIONS = set(`jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec`);

/** Words that make an article a business report (where unknown names are mostly companies). */
export const BUSINESS_WORDS = set(`
shares | share | stock | stocks | profit | profits | revenue | revenues | earnings | company | companies | firm |
investors | analysts | analyst | percent | pct | quarter | dividend | dividends | bonds | bond | trading | merger |
acquisition | sales | shareholders | subsidiary | bid | takeover | nasdaq | ipo | debt | loss | losses | turnover
`);

/**
 * What an organisation has and a person or place has not: a name owning one ("Amazon's shares",
 * "Ofcom's board") is an organisation. Not "spokesman", "lawyers", "staff": people have them too.
 */
export const ORG_POSSESSIONS = set(`
shares | share | stock | profit | profits | revenue | revenues | earnings | sales | dividend | shareholders | stockholders |
board | ceo | founder | co-founder | subsidiary | subsidiaries | headquarters | stores | customers | subscribers | employees |
brand | products | valuation | takeover | acquisition | merger | chief | chairman | executives | website | platform | app
`);

/** Nouns that describe an organisation: in an appositive ("Canacero, the national steel chamber,") or before its name ("the media regulator Ofcom"). */
export const ORG_NOUNS = set(`
firm | regulator | watchdog | charity | body | lobby | maker | producer | operator | carrier | retailer | lender | insurer |
broadcaster | manufacturer | chamber | group | company | association | union | agency | party | bank | organisation |
organization | federation | council | network | coalition | alliance | campaign | institute | miner | airline | startup |
conglomerate | carmaker | automaker | publisher | newspaper | supplier | developer | utility | distributor | exporter | refiner
`);

/** Of those, the ones no person is called, so they type a name they precede ("the media regulator Ofcom", not "insurer Thierry Dehaan"). */
export const ORG_DESCRIPTORS = set(`
regulator | watchdog | charity | retailer | lender | broadcaster | manufacturer | carmaker | automaker | airline | bank |
firm | company | conglomerate | startup | newspaper | agency | utility | refiner | group | union | party | coalition |
alliance | federation | association | institute | network | chain | daily | weekly | tabloid | magazine | club |
brokers | brokerage | subsidiary | unit | miner | producer | maker | operator | distributor | supplier | exporter | importer
`);

/** People who work at an organisation: "analysts at Berenga", "workers at Amazon" (not "officials in Kabul"). */
export const STAFF = set(`
officials | executives | analysts | economists | workers | employees | staff | engineers | researchers | scientists |
managers | regulators | investigators | lawyers | spokesman | spokeswoman | spokesperson | chief | boss | director
`);
